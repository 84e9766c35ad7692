import {type ReactNode, useEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import {copyText} from '@site/src/utils/clipboard';
import {sectionUrl} from '@site/src/utils/sectionUrl';
import {announce, ensureLiveRegion} from './liveRegion';
import styles from './styles.module.css';

type Props = {
  /** The heading's id: the part of the link after "#". */
  readonly id: string;
  /** The heading's text, for the button's accessible name. */
  readonly headingText: string;
};

type Outcome = 'idle' | 'copied' | 'failed';

/** How long the visible "Link copied" note stays. */
const NOTE_MS = 2000;

/**
 * A button that copies the absolute link to a section, for pasting into a
 * study-group chat. Screen readers hear the result through a shared status
 * region; sighted readers see a short note beside the button.
 */
export default function CopyLinkButton({id, headingText}: Props): ReactNode {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    ensureLiveRegion();
    return () => window.clearTimeout(timer.current);
  }, []);

  async function copy(): Promise<void> {
    const url = sectionUrl(window.location, id);
    const copied = await copyText(url, styles.offscreen);
    setOutcome(copied ? 'copied' : 'failed');
    announce(copied ? 'Link copied' : `Could not copy the link. It is ${url}`);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOutcome('idle'), NOTE_MS);
  }

  return (
    <span className={styles.root}>
      <button
        type="button"
        className={clsx(styles.button, outcome === 'copied' && styles.done)}
        aria-label={`Copy link to section: ${headingText}`}
        title="Copy link to this section"
        data-copy-link={id}
        onClick={() => void copy()}>
        {outcome === 'copied' ? <CheckIcon /> : <LinkIcon />}
      </button>
      {/* The status region says the same to screen readers, so this note is for the eyes only. */}
      {outcome !== 'idle' && (
        <span className={styles.note} aria-hidden="true">
          {outcome === 'copied' ? 'Link copied' : 'Copy failed'}
        </span>
      )}
    </span>
  );
}

function LinkIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}

function CheckIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 12.5l5 5L20 6.5" />
    </svg>
  );
}
