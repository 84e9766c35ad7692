import {type ChangeEvent, type ReactNode, useRef, useState} from 'react';
import {mergeProgress, type Progress, parseProgressText, serializeProgress} from '@site/src/practice/progress';
import {loadProgress, resetProgress, saveProgress, unreadableProgressText} from '@site/src/practice/progressStore';
import {localDay} from '@site/src/practice/schedule';
import type {BankEntry} from '@site/src/practice/session';
import styles from './styles.module.css';

type Props = {
  readonly progress: Progress;
  readonly bank: ReadonlyMap<string, BankEntry>;
};

/** Longer than any real export; a bigger file is not progress from this site. */
const MAX_FILE_BYTES = 2_000_000;

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // After the click has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Progress lives in one browser; a file moves it to another (phone to
 * laptop) or keeps a backup. Importing merges, so an old file never undoes
 * newer answers; a damaged file changes nothing and says why.
 */
export default function ProgressFiles({progress, bank}: Props): ReactNode {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const saved = Object.keys(progress.questions).length;
  const retired = Object.keys(progress.questions).filter((id) => !bank.has(id)).length;
  const unreadable = typeof window === 'undefined' ? null : unreadableProgressText();

  async function importFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage(`Nothing imported: ${file.name} is too large to be a progress file of this site.`);
      return;
    }
    const parsed = parseProgressText(await file.text());
    if (parsed.problem) {
      setMessage(
        `Nothing imported: ${file.name} could not be read, because ${parsed.problem}. Your progress is unchanged.`,
      );
      return;
    }
    const {progress: merged, taken} = mergeProgress(loadProgress().progress, parsed.progress);
    if (!saveProgress(merged)) {
      setMessage('Nothing imported: this browser refused to save (storage is off or full).');
      return;
    }
    const count = Object.keys(parsed.progress.questions).length;
    setMessage(
      `Imported ${file.name}: ${count} questions, ${taken} of them newer than what this browser had.` +
        (parsed.dropped > 0 ? ` ${parsed.dropped} damaged entries were left out.` : ''),
    );
  }

  return (
    <section aria-labelledby="progress-files" className={styles.files}>
      <h2 id="progress-files">Move or reset your progress</h2>
      <p>
        {saved === 0 ? 'No answers saved in this browser yet.' : `${saved} questions answered in this browser.`}
        {retired > 0 && ` ${retired} of them are no longer in the bank; they are kept, but not counted above.`}
      </p>
      <p className={styles.buttons}>
        <button
          type="button"
          className="button button--secondary"
          disabled={saved === 0}
          onClick={() =>
            download(serializeProgress(progress, localDay()), `aws-other-compute-progress-${localDay()}.json`)
          }>
          Export progress
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className={styles.fileInput}
          aria-label="Progress file to import"
          tabIndex={-1}
          onChange={(event) => void importFile(event)}
          data-progress-import
        />
        {unreadable !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => download(unreadable, 'aws-other-compute-unreadable-progress.txt')}>
            Download the unreadable saved progress
          </button>
        )}
        {!confirming ? (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        ) : (
          <span className={styles.confirm} role="group" aria-label="Confirm reset">
            Forget every saved answer in this browser?{' '}
            <button
              type="button"
              className={`button ${styles.danger}`}
              onClick={() => {
                resetProgress();
                setConfirming(false);
                setMessage('Progress reset: this browser has no saved answers now.');
              }}>
              Yes, reset
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </p>
      <p role="status" data-progress-message>
        {message}
      </p>
    </section>
  );
}
