import type {Comparison, ServiceFacts} from '../types';
import {SERVICE_LIST} from '../topics';

/** Column labels of the overview matrix, one per comparable service fact. */
const SERVICE_FACT_LABELS: {readonly [Key in keyof ServiceFacts]: string} = {
  whatYouRun: 'What you run',
  serverManagement: 'Who manages servers',
  scaling: 'Scaling',
  maxRunTime: 'Longest single run',
  pricing: 'Pricing model',
  bestFor: 'Best for',
};

/** The columns of every services-by-facts matrix: the overview's and the cheat sheet's. */
export const SERVICE_FACT_COLUMNS: Comparison<keyof ServiceFacts>['columns'] = (
  Object.keys(SERVICE_FACT_LABELS) as (keyof ServiceFacts)[]
).map((key) => ({key, label: SERVICE_FACT_LABELS[key]}));

/**
 * The "which service when" matrix: services as rows, facts as columns.
 * Built from the topic entries, so it can never disagree with the pages.
 */
const overview: Comparison<keyof ServiceFacts> = {
  id: 'overview',
  caption: 'Which AWS compute service when: the services side by side',
  rowHeader: 'Service',
  columns: SERVICE_FACT_COLUMNS,
  rows: SERVICE_LIST.map((service) => ({label: service.name, href: service.path, cells: service.facts})),
};

export default overview;
