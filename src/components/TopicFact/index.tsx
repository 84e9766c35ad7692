import type {ReactNode} from 'react';
import {getServiceFact} from '@site/src/data/lookup';

type Props = {
  /** A service's topic id, e.g. "lambda". */
  readonly topic: string;
  /** One of the service's fact keys, e.g. "maxRunTime". */
  readonly fact: string;
};

/** Shows one service fact inline, read from the topic's data entry. */
export default function TopicFact({topic, fact}: Props): ReactNode {
  return <span data-fact={`${topic}.${fact}`}>{getServiceFact(topic, fact)}</span>;
}
