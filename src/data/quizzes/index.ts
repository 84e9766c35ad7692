import type {QuizQuestion, TopicId} from '../types';
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

/** Self-check questions for each topic page. */
export const QUIZZES: {readonly [Id in TopicId]: readonly QuizQuestion[]} = {
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
};
