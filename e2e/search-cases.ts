import {TOPIC_LIST} from '../src/data/topics';

/**
 * What readers type, and the page they mean. Names (service names, acronyms,
 * full names) must put that page first; concepts and typos must put it in
 * the first three.
 */
export type SearchCase = {
  readonly query: string;
  /** Route of the expected page, relative to the site root. */
  readonly route: string;
  readonly kind: 'name' | 'concept' | 'typo';
};

/** Every name of every topic (src/data/topics): the short, the usual and the full one. */
const TOPIC_NAME_CASES: readonly SearchCase[] = TOPIC_LIST.flatMap((topic) =>
  [...new Set([topic.shortName, topic.name, topic.fullName])].map((query): SearchCase => ({
    query,
    route: topic.path.slice(1),
    kind: 'name',
  })),
);

export const SEARCH_CASES: readonly SearchCase[] = [
  ...TOPIC_NAME_CASES,
  {query: 'Elastic Container Service', route: 'ecs', kind: 'name'},
  {query: 'Elastic Container Registry', route: 'ecr', kind: 'name'},
  {query: 'cheat sheet', route: 'cheat-sheet', kind: 'name'},
  {query: 'serverless containers', route: 'fargate', kind: 'concept'},
  {query: 'container registry', route: 'ecr', kind: 'concept'},
  {query: 'virtual private server', route: 'lightsail', kind: 'concept'},
  {query: 'VPS', route: 'lightsail', kind: 'concept'},
  {query: 'function as a service', route: 'lambda', kind: 'concept'},
  {query: 'FaaS', route: 'lambda', kind: 'concept'},
  {query: 'hypervisor', route: 'docker-vs-vm', kind: 'concept'},
  {query: 'virtual machine', route: 'docker-vs-vm', kind: 'concept'},
  {query: 'job queue', route: 'batch', kind: 'concept'},
  {query: 'REST API', route: 'api-gateway', kind: 'concept'},
  {query: 'fargte', route: 'fargate', kind: 'typo'},
  {query: 'lamda', route: 'lambda', kind: 'typo'},
  {query: 'lightsial', route: 'lightsail', kind: 'typo'},
  {query: 'dokcer', route: 'docker', kind: 'typo'},
  {query: 'bacth', route: 'batch', kind: 'typo'},
];

/** How far down the expected page may be: first for names, top three otherwise. */
export function allowedRank(kind: SearchCase['kind']): number {
  return kind === 'name' ? 1 : 3;
}
