import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const taskSizes = {
  title: 'Amazon ECS task definition parameters for Fargate: task size',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
} as const;

/** Fargate: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    maxTaskSize: {
      label: 'Largest task',
      value: '16 vCPU and 120 GB of memory (Linux, platform version 1.4.0 or later)',
      short: '16 vCPU / 120 GB',
      source: taskSizes,
      checkedOn: '2026-12-01',
    },
  },
  changes: {},
} as const satisfies TopicFacts;

export default facts;
