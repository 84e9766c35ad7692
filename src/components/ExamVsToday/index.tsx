import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getExamChange} from '@site/src/data/facts';
import {getTopic} from '@site/src/data/lookup';
import {formatLongDate, formatMonth} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {
  /** An exam change id, e.g. "lambda.s3RecursionDetection". */
  readonly id: string;
  /** On the cheat sheet, link the topic page the change belongs to. */
  readonly linkTopic?: boolean;
};

/**
 * Where AWS changed after an exam guide was written: what AWS does today
 * beside what an older exam item probably expects, with the source. One
 * look wherever it appears, so readers learn to spot it.
 */
export default function ExamVsToday({id, linkTopic = false}: Props): ReactNode {
  const {topic, change} = getExamChange(id);
  const {path, shortName} = getTopic(topic);
  return (
    <div role="note" className={styles.note} aria-label={`Exam versus today: ${change.title}`} data-exam-change={id}>
      <p className={styles.title}>
        <span className={styles.badge}>Exam vs today</span> {change.title}
        {linkTopic ? (
          <>
            {' '}
            (<Link to={path}>{shortName}</Link>)
          </>
        ) : null}
      </p>
      <dl className={styles.sides}>
        <div>
          <dt>AWS today (since {formatMonth(change.changed)})</dt>
          <dd>{change.today}</dd>
        </div>
        <div>
          <dt>An older exam item may expect</dt>
          <dd>{change.olderExams}</dd>
        </div>
      </dl>
      <p className={styles.source} data-search-ignore="">
        Source:{' '}
        <a href={change.source.url} target="_blank" rel="noopener noreferrer">
          {change.source.title}
        </a>
        , checked on <time dateTime={change.checkedOn}>{formatLongDate(change.checkedOn)}</time>
      </p>
    </div>
  );
}
