import type {Topic, TopicId} from '../types';
import {TOPIC_IDS} from '../types';
import apiGateway from './api-gateway';
import batch from './batch';
import docker from './docker';
import dockerVsVm from './docker-vs-vm';
import ecr from './ecr';
import ecs from './ecs';
import fargate from './fargate';
import lambda from './lambda';
import lightsail from './lightsail';
import serverless from './serverless';

/**
 * Every topic by id. `satisfies` keeps each entry's own type, so code that
 * reads `TOPICS.lambda.facts` knows the service has facts.
 */
export const TOPICS = {
  docker,
  'docker-vs-vm': dockerVsVm,
  ecs,
  fargate,
  ecr,
  serverless,
  lambda,
  'api-gateway': apiGateway,
  batch,
  lightsail,
} as const satisfies {readonly [Id in TopicId]: Topic & {readonly id: Id}};

/** Topics in reading order (the order of the sidebar and the cheat sheet). */
export const TOPIC_LIST: readonly Topic[] = TOPIC_IDS.map((id) => TOPICS[id]);

/** The AWS compute services, which carry comparable facts. */
export type ServiceTopic = Topic & {readonly facts: NonNullable<Topic['facts']>};

export const SERVICE_LIST: readonly ServiceTopic[] = TOPIC_LIST.filter(
  (topic): topic is ServiceTopic => topic.facts !== undefined,
);
