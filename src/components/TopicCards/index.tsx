import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {GROUP_LABELS} from '@site/src/data/groups';
import {TOPIC_LIST} from '@site/src/data/topics';
import type {TopicGroup} from '@site/src/data/types';
import styles from './styles.module.css';

/**
 * Every topic as a card, grouped like the sidebar. The cards repeat the
 * topics' summaries, so search indexes the topic pages instead.
 */
export default function TopicCards(): ReactNode {
  const groups = Object.keys(GROUP_LABELS) as TopicGroup[];
  return (
    <>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className={styles.group} data-search-ignore="">
          <Heading as="h2" id={`group-${group}`}>
            {GROUP_LABELS[group]}
          </Heading>
          <ul className={styles.cards}>
            {TOPIC_LIST.filter((topic) => topic.group === group).map((topic) => (
              <li key={topic.id} className={styles.card}>
                <Link to={topic.path} className={styles.cardLink}>
                  {topic.name}
                </Link>
                <p className={styles.summary}>{topic.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
