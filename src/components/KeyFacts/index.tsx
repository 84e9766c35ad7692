import {type ReactNode, useId} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {FACT_LIST, factAnchor} from '@site/src/data/facts';
import {isTopicId} from '@site/src/data/lookup';
import type {TopicId} from '@site/src/data/types';
import {formatLongDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {
  /** The topic whose facts the table lists, e.g. "fargate". */
  readonly topic: string;
};

/**
 * A topic's key facts and limits, one row per fact entry, with the official
 * page that states each one and the day it was checked. Every row has a
 * stable id, so a study group can link a single figure.
 */
export default function KeyFacts({topic}: Props): ReactNode {
  const captionId = useId();
  const brokenLinks = useBrokenLinks();
  if (!isTopicId(topic)) throw new Error(`<KeyFacts topic="${topic}">: unknown topic.`);
  const rows = FACT_LIST.filter((entry) => entry.topic === (topic satisfies TopicId));
  if (rows.length === 0) throw new Error(`<KeyFacts topic="${topic}">: src/data/facts/${topic}.ts lists no facts.`);
  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0} data-key-facts={topic}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          Key facts, each with the official page that states it
        </caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Today</th>
            <th scope="col">Source, checked on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({id, fact}) => {
            const anchor = factAnchor(id);
            // Registered so that links to a single fact are checked like heading links.
            brokenLinks.collectAnchor(anchor);
            return (
              <tr key={id} id={anchor} data-fact-row={id}>
                <th scope="row">{fact.label}</th>
                <td>{fact.value}</td>
                {/* Source titles name AWS pages, not this site's topics: kept out of the search index. */}
                <td className={styles.source} data-search-ignore="">
                  <a href={fact.source.url} target="_blank" rel="noopener noreferrer">
                    {fact.source.title}
                  </a>
                  , <time dateTime={fact.checkedOn}>{formatLongDate(fact.checkedOn)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
