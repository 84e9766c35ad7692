import type {TopicGroup} from './types';

/** Display names of the sidebar groups, in reading order. */
export const GROUP_LABELS: {readonly [Group in TopicGroup]: string} = {
  containers: 'Containers',
  serverless: 'Serverless',
  'batch-and-simple': 'Batch and simple compute',
};
