import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getTopic} from '@site/src/data/lookup';
import ReportMistake from '@site/src/components/ReportMistake';

type Props = {
  readonly topic: string;
};

/**
 * A topic's must-know lines for the cheat sheet, with a link to its page and
 * one to report a mistake in them. Each section's heading id is its topic id.
 */
export default function CheatSheetLines({topic}: Props): ReactNode {
  const {id, cheatSheet, path, name} = getTopic(topic);
  return (
    <>
      <ul>
        {cheatSheet.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={path}>Study the full {name} page</Link>
      </p>
      {/* A paragraph of its own: print.css hides the one above by its lone link. */}
      <ReportMistake
        subject={`in the ${name} section`}
        sectionId={id}
        topicId={id}
        quote={cheatSheet.map((line) => `- ${line}`).join('\n')}
      />
    </>
  );
}
