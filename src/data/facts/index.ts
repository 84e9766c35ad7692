import type {ExamChange, Fact, IsoDate, Source, TopicFacts, TopicId} from '../types';
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
 * Every topic's facts, by topic id. Facts are leaf data: they import
 * nothing from the topics, quizzes or comparisons that quote them.
 */
export const TOPIC_FACTS = {
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
} as const satisfies {readonly [Id in TopicId]: TopicFacts};

type Facts = typeof TOPIC_FACTS;

/** "fargate.maxTaskSize": a topic id, a dot, and the fact's key in that topic. */
export type FactId = {[T in TopicId]: `${T}.${Extract<keyof Facts[T]['facts'], string>}`}[TopicId];

/** "lambda.s3RecursionDetection": a topic id, a dot, and the change's key. */
export type ExamChangeId = {[T in TopicId]: `${T}.${Extract<keyof Facts[T]['changes'], string>}`}[TopicId];

export type FactEntry = {readonly id: FactId; readonly topic: TopicId; readonly fact: Fact};
export type ExamChangeEntry = {readonly id: ExamChangeId; readonly topic: TopicId; readonly change: ExamChange};

/** Every fact in reading order: topics in site order, facts in the order their file lists them. */
export const FACT_LIST: readonly FactEntry[] = TOPIC_IDS.flatMap((topic) =>
  Object.entries(TOPIC_FACTS[topic].facts as {readonly [key: string]: Fact}).map(([key, fact]) => ({
    id: `${topic}.${key}` as FactId,
    topic,
    fact,
  })),
);

/** Every exam change in reading order. */
export const EXAM_CHANGE_LIST: readonly ExamChangeEntry[] = TOPIC_IDS.flatMap((topic) =>
  Object.entries(TOPIC_FACTS[topic].changes as {readonly [key: string]: ExamChange}).map(([key, change]) => ({
    id: `${topic}.${key}` as ExamChangeId,
    topic,
    change,
  })),
);

const FACTS_BY_ID = new Map<string, FactEntry>(FACT_LIST.map((entry) => [entry.id, entry]));
const CHANGES_BY_ID = new Map<string, ExamChangeEntry>(EXAM_CHANGE_LIST.map((entry) => [entry.id, entry]));

/**
 * A fact by id. MDX passes ids as plain strings that TypeScript never sees,
 * so an unknown id throws with the id: a typo stops the build.
 */
export function getFact(id: string): FactEntry {
  const entry = FACTS_BY_ID.get(id);
  if (!entry) throw new Error(`Unknown fact "${id}". Facts are listed in src/data/facts/<topic>.ts.`);
  return entry;
}

export function getExamChange(id: string): ExamChangeEntry {
  const entry = CHANGES_BY_ID.get(id);
  if (!entry) throw new Error(`Unknown exam change "${id}". Changes are listed in src/data/facts/<topic>.ts.`);
  return entry;
}

/** The figure as it reads in a sentence, for data files: `${factText('lambda.maxTimeout')}`. */
export function factText(id: FactId): string {
  return getFact(id).fact.value;
}

/** The official page that states a fact, for a question that rests on it: `source: factSource('lambda.maxTimeout')`. */
export function factSource(id: FactId): Source {
  return getFact(id).fact.source;
}

/** The figure alone, for short cells. */
export function factShort(id: FactId): string {
  const {fact} = getFact(id);
  return fact.short ?? fact.value;
}

/** The anchor of a fact's row in its topic's key-facts table: "fact-fargate-max-task-size". */
export function factAnchor(id: string): string {
  return `fact-${id.replace('.', '-').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The oldest and newest checked dates among a topic's facts and changes, or null when it has none. */
export function checkedRange(topic: TopicId): {readonly oldest: IsoDate; readonly newest: IsoDate} | null {
  const dates: IsoDate[] = [
    ...FACT_LIST.filter((entry) => entry.topic === topic).map((entry) => entry.fact.checkedOn),
    ...EXAM_CHANGE_LIST.filter((entry) => entry.topic === topic).map((entry) => entry.change.checkedOn),
  ].sort();
  const oldest = dates[0];
  const newest = dates[dates.length - 1];
  return oldest && newest ? {oldest, newest} : null;
}
