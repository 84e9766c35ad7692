import type {ExamGuide, ExamId, ExamTask, TaskId, TopicId} from '../types';
import {EXAM_IDS} from '../types';
import clfC02 from './clf-c02';
import dvaC02 from './dva-c02';
import saaC03 from './saa-c03';

/** The exam guides, by exam id. */
export const EXAM_GUIDES = {
  'clf-c02': clfC02,
  'saa-c03': saaC03,
  'dva-c02': dvaC02,
} as const satisfies {readonly [Id in ExamId]: ExamGuide};

export const EXAM_LIST: readonly ExamGuide[] = EXAM_IDS.map((id) => EXAM_GUIDES[id]);

export type TaskEntry = {
  readonly id: TaskId;
  readonly exam: ExamGuide;
  readonly domain: ExamGuide['domains'][number];
  readonly task: ExamTask;
};

/** Every mapped task statement, exam by exam, in the guides' order. */
export const TASK_LIST: readonly TaskEntry[] = EXAM_LIST.flatMap((exam) =>
  exam.domains.flatMap((domain) =>
    domain.tasks.map((task) => ({id: `${exam.id}/${task.number}` as TaskId, exam, domain, task})),
  ),
);

const TASKS_BY_ID = new Map<string, TaskEntry>(TASK_LIST.map((entry) => [entry.id, entry]));

export function getTask(id: TaskId): TaskEntry {
  const entry = TASKS_BY_ID.get(id);
  if (!entry)
    throw new Error(`Unknown task statement "${id}". Task statements are listed in src/data/exams/<exam>.ts.`);
  return entry;
}

/**
 * Whether an exam's guide has a topic in scope. Concept topics (Docker,
 * Docker vs VMs, serverless) have no scope entry: every exam touches them
 * through the services that are in scope.
 */
export function isInScope(exam: ExamId, topic: TopicId): boolean {
  return EXAM_GUIDES[exam].scope.find((entry) => entry.topic === topic)?.inScope ?? true;
}

/** The task statements a page teaches: those that list one of its sections. */
export function tasksTaughtOn(route: `/${string}`): readonly TaskEntry[] {
  return TASK_LIST.filter((entry) => entry.task.sections.some((section) => section.startsWith(`${route}#`)));
}

/** "SAA-C03 3.2": how the guides and learners name a task statement. */
export function taskLabel(entry: TaskEntry): string {
  return `${entry.exam.code} ${entry.task.number}`;
}
