import type {BankEntry, Question} from '../types';
import apiGateway from './api-gateway';
import batch from './batch';
import docker from './docker';
import dockerVsVm from './docker-vs-vm';
import ecr from './ecr';
import ecs from './ecs';
import fargate from './fargate';
import lambda from './lambda';
import lightsail from './lightsail';
import scenarios from './scenarios';
import serverless from './serverless';

/**
 * The practice bank, one file per topic plus the cross-topic scenarios.
 * A question's global id is its file's key, a dot and its own id
 * ("lambda.max-duration"); shared links and saved progress hold these ids,
 * so a published question keeps its id and its file.
 */
export const QUESTION_FILES = {
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
  scenarios,
} as const satisfies {readonly [file: string]: readonly Question[]};

export type QuestionFile = keyof typeof QUESTION_FILES;

/** Every question in reading order: topic files in site order, then the scenarios. */
export const QUESTION_LIST: readonly BankEntry[] = Object.entries(QUESTION_FILES).flatMap(([file, questions]) =>
  questions.map((question) => ({id: `${file}.${question.id}`, question})),
);
