import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {TOPIC_LIST} from '@site/src/data/topics';
import {usePracticeData} from '@site/src/practice/globalData';
import {ANKI_FILE} from '@site/src/practice/routes';

const CHEAT_SHEET_LINES = TOPIC_LIST.reduce((sum, topic) => sum + topic.cheatSheet.length, 0);

/**
 * The link to the Anki deck the build writes (src/plugins/practiceFiles).
 * A plain download link, not a route: the file is not a page.
 */
export default function AnkiDownload(): ReactNode {
  const href = useBaseUrl(ANKI_FILE);
  const questions = Object.values(usePracticeData().questionsPerTopic).reduce((sum, count) => sum + count, 0);
  return (
    <p data-anki-download>
      <a href={href} download>
        Download the Anki deck
      </a>{' '}
      ({questions} questions and {CHEAT_SHEET_LINES} cheat-sheet lines, tagged by topic and exam). In Anki choose{' '}
      <strong>File › Import</strong> and pick the file: its header lines set the deck, the note type and the tags.
      Importing a newer deck updates the cards you already have instead of adding copies.
    </p>
  );
}
