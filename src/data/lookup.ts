import type {ServiceFacts, Topic, TopicId} from './types';
import {TOPIC_IDS} from './types';
import {TOPICS} from './topics';

/*
 * MDX pages pass ids as plain strings that TypeScript never sees, so these
 * lookups check them at build time and throw with the id that is wrong:
 * a typo in a page stops the build instead of rendering an empty cell.
 */

export function isTopicId(id: string): id is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(id);
}

export function getTopic(id: string): Topic {
  if (!isTopicId(id)) {
    throw new Error(`Unknown topic "${id}". Known topics: ${TOPIC_IDS.join(', ')}.`);
  }
  return TOPICS[id];
}

export function getServiceFact(topicId: string, fact: string): string {
  const {facts} = getTopic(topicId);
  if (!facts) {
    throw new Error(`Topic "${topicId}" is a concept and has no service facts.`);
  }
  if (!Object.hasOwn(facts, fact)) {
    throw new Error(`Topic "${topicId}" has no fact "${fact}". Facts: ${Object.keys(facts).join(', ')}.`);
  }
  return facts[fact as keyof ServiceFacts];
}
