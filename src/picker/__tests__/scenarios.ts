import type {Answers} from '../questions';
import type {Candidate} from '../recommend';

export type Scenario = {
  readonly name: string;
  readonly answers: Answers;
  readonly best: Candidate;
};

/** Workloads with a known right answer, from the facts on the service pages. */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'a 40-minute video transcode script',
    answers: {code: 'function', workload: 'batch', duration: 'long'},
    best: 'batch',
  },
  {
    name: 'a 40-minute video transcode in a container, no servers to manage',
    answers: {code: 'container', workload: 'batch', duration: 'long', servers: 'aws'},
    best: 'batch',
  },
  {
    name: 'a 20-minute report job in plain code, pay per use',
    answers: {code: 'function', workload: 'batch', duration: 'long', servers: 'aws', price: 'usage'},
    best: 'batch',
  },
  {
    name: 'a nightly batch of 10,000 containerized jobs',
    answers: {code: 'container', workload: 'batch'},
    best: 'batch',
  },
  {
    name: 'a nightly batch of 10,000 jobs of a few minutes each',
    answers: {code: 'container', workload: 'batch', duration: 'minutes', servers: 'aws'},
    best: 'batch',
  },
  {
    name: 'ML training on GPU instances for hours',
    answers: {code: 'container', workload: 'batch', duration: 'long', servers: 'me'},
    best: 'batch',
  },
  {
    name: 'a WordPress blog at a fixed monthly price',
    answers: {code: 'server', workload: 'service', price: 'fixed'},
    best: 'lightsail',
  },
  {
    name: 'a small business site with steady traffic and a fixed price',
    answers: {code: 'server', workload: 'service', traffic: 'steady', price: 'fixed', servers: 'me'},
    best: 'lightsail',
  },
  {
    name: 'a dev/test server at a predictable price',
    answers: {code: 'server', servers: 'me', price: 'fixed'},
    best: 'lightsail',
  },
  {
    name: 'a whole server, nothing else answered',
    answers: {code: 'server'},
    best: 'lightsail',
  },
  {
    name: 'a simple containerized web app at a fixed monthly price',
    answers: {code: 'container', workload: 'service', traffic: 'steady', price: 'fixed'},
    best: 'lightsail',
  },
  {
    name: 'containers with no servers to manage',
    answers: {code: 'container', servers: 'aws'},
    best: 'fargate',
  },
  {
    name: 'a containerized web service with steady traffic, billed by use',
    answers: {code: 'container', workload: 'service', traffic: 'steady', servers: 'aws', price: 'usage'},
    best: 'fargate',
  },
  {
    name: 'a containerized API whose calls take a few minutes (past the API Gateway timeout)',
    answers: {code: 'container', workload: 'api', duration: 'minutes', servers: 'aws'},
    best: 'fargate',
  },
  {
    name: 'a containerized API of short calls, no servers',
    answers: {code: 'container', workload: 'api', duration: 'seconds', servers: 'aws'},
    best: 'fargate',
  },
  {
    name: 'an always-on service in plain code, no servers to manage',
    answers: {code: 'function', workload: 'service', duration: 'long', servers: 'aws'},
    best: 'fargate',
  },
  {
    name: 'container images, nothing else answered',
    answers: {code: 'container'},
    best: 'fargate',
  },
  {
    name: 'containers that need GPUs, a daemon or host access',
    answers: {code: 'container', workload: 'service', servers: 'me'},
    best: 'ecs',
  },
  {
    name: 'steady container services on instances I manage',
    answers: {code: 'container', workload: 'service', duration: 'long', traffic: 'steady', servers: 'me'},
    best: 'ecs',
  },
  {
    name: 'a steady containerized API on my own instances',
    answers: {code: 'container', workload: 'api', traffic: 'steady', servers: 'me'},
    best: 'ecs',
  },
  {
    name: 'a short event handler on S3 upload',
    answers: {code: 'function', workload: 'event', duration: 'seconds', traffic: 'spiky', servers: 'aws'},
    best: 'lambda',
  },
  {
    name: 'a scheduled 5-minute clean-up script',
    answers: {code: 'function', workload: 'event', duration: 'minutes'},
    best: 'lambda',
  },
  {
    name: 'a queue consumer packaged as a container image, a few minutes per message',
    answers: {code: 'container', workload: 'event', duration: 'minutes', traffic: 'spiky'},
    best: 'lambda',
  },
  {
    name: 'an event handler, nothing else answered',
    answers: {workload: 'event'},
    best: 'lambda',
  },
  {
    name: 'a plain-code API whose calls take a few minutes',
    answers: {code: 'function', workload: 'api', duration: 'minutes'},
    best: 'lambda',
  },
  {
    name: 'plain code on servers I manage (conflicting answers)',
    answers: {code: 'function', servers: 'me'},
    best: 'lightsail',
  },
  {
    name: 'a short plain-code event handler on servers I manage (conflicting answers)',
    answers: {code: 'function', workload: 'event', duration: 'seconds', traffic: 'spiky', servers: 'me'},
    best: 'ecs',
  },
  {
    name: 'plain code that runs for hours or never stops, nothing else answered',
    answers: {code: 'function', duration: 'long'},
    best: 'fargate',
  },
  {
    name: 'an always-on service in plain code, nothing else answered',
    answers: {code: 'function', workload: 'service'},
    best: 'lightsail',
  },
  {
    name: 'a small containerized web app with no servers to manage, at a fixed monthly price',
    answers: {code: 'container', workload: 'service', servers: 'aws', price: 'fixed'},
    best: 'lightsail',
  },
  {
    name: 'a whole server that AWS should look after (conflicting answers)',
    answers: {code: 'server', servers: 'aws'},
    best: 'lightsail',
  },
  {
    name: 'a REST API of short functions',
    answers: {code: 'function', workload: 'api', duration: 'seconds'},
    best: 'api-gateway',
  },
  {
    name: 'a spiky serverless API billed by use',
    answers: {code: 'function', workload: 'api', duration: 'seconds', traffic: 'spiky', servers: 'aws', price: 'usage'},
    best: 'api-gateway',
  },
];
