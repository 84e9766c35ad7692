import type {ReactNode} from 'react';
import {checkedRange} from '@site/src/data/facts';
import {getTopic} from '@site/src/data/lookup';
import {formatLongDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {
  readonly topic: string;
};

/** The official pages a topic was checked against, and when. */
export default function FurtherReading({topic}: Props): ReactNode {
  const {id, sources, checkedOn} = getTopic(topic);
  // A page with facts is as current as its facts; a concept page without figures keeps its own date.
  const range = checkedRange(id);
  return (
    <div className={styles.furtherReading} data-further-reading>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
      <p className={styles.checked}>
        {range === null ? (
          <>
            Checked against AWS documentation on <time dateTime={checkedOn}>{formatLongDate(checkedOn)}</time>.
          </>
        ) : range.oldest === range.newest ? (
          <>
            Every figure on this page was checked against the official page that states it on{' '}
            <time dateTime={range.oldest}>{formatLongDate(range.oldest)}</time>.
          </>
        ) : (
          <>
            Every figure on this page was checked against the official page that states it between{' '}
            <time dateTime={range.oldest}>{formatLongDate(range.oldest)}</time> and{' '}
            <time dateTime={range.newest}>{formatLongDate(range.newest)}</time>.
          </>
        )}
      </p>
    </div>
  );
}
