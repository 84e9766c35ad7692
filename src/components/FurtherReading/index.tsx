import type {ReactNode} from 'react';
import {getTopic} from '@site/src/data/lookup';
import {formatLongDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {
  readonly topic: string;
};

/** The official pages a topic was checked against, and when. */
export default function FurtherReading({topic}: Props): ReactNode {
  const {sources, checkedOn} = getTopic(topic);
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
        Checked against AWS documentation on <time dateTime={checkedOn}>{formatLongDate(checkedOn)}</time>.
      </p>
    </div>
  );
}
