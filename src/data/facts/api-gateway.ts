import type {TopicFacts} from '../types';

/** api-gateway: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {},
  changes: {},
} as const satisfies TopicFacts;

export default facts;
