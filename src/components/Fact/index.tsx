import type {ReactNode} from 'react';
import {getFact} from '@site/src/data/facts';
import {formatLongDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {
  /** A fact id, e.g. "fargate.maxTaskSize". */
  readonly id: string;
  /** Show the short form ("16 vCPU / 120 GB") instead of the sentence form. */
  readonly short?: boolean;
};

/**
 * One figure in running text, read from its fact entry, followed by a small
 * link to the official page that states it. The link is plain HTML with a
 * label that names the source and the day it was checked, so provenance
 * works on hover, on keyboard focus, on touch and without JavaScript.
 */
export default function Fact({id, short = false}: Props): ReactNode {
  const {fact} = getFact(id);
  const provenance = `Source: ${fact.source.title}, checked on ${formatLongDate(fact.checkedOn)}`;
  return (
    <span className={styles.fact} data-fact={id}>
      {short ? (fact.short ?? fact.value) : fact.value}
      <a
        className={styles.source}
        href={fact.source.url}
        title={provenance}
        aria-label={provenance}
        target="_blank"
        rel="noopener noreferrer"
        data-search-ignore="">
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v5M8 4.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </a>
    </span>
  );
}
