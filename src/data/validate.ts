import type {
  Comparison,
  ExamChange,
  ExamGuide,
  ExamId,
  Fact,
  Question,
  ServiceFacts,
  Source,
  TaskId,
  Topic,
  TopicId,
} from './types';
import {EXAM_IDS, TOPIC_IDS} from './types';

/*
 * Runtime checks for the study data. TypeScript already refuses a missing
 * field; these catch what types cannot (empty strings, impossible dates,
 * non-AWS sources) and name the entry and field in every message.
 */

const OFFICIAL_HOSTS = /^(?:[a-z0-9-]+\.)*aws\.amazon\.com$/;
const SERVICE_FACT_KEYS: readonly (keyof ServiceFacts)[] = [
  'whatYouRun',
  'serverManagement',
  'scaling',
  'maxRunTime',
  'pricing',
  'bestFor',
];

type Report = (field: string, problem: string) => void;

function reporter(entry: string, problems: string[]): Report {
  return (field, problem) => problems.push(`${entry}: field "${field}" ${problem}`);
}

function requireText(report: Report, field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') report(field, 'is missing or empty');
}

/** True for a real calendar date (YYYY-MM-DD) that is not after `today`. */
export function dateProblem(value: unknown, today: Date): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'is not a YYYY-MM-DD date';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return `is not a real date (${value})`;
  if (date.getTime() > today.getTime()) return `is in the future (${value})`;
  return null;
}

export function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'is missing';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a URL (${value})`;
  }
  if (url.protocol !== 'https:') return `is not an https link (${value})`;
  if (!OFFICIAL_HOSTS.test(url.hostname)) return `is not an official AWS page (${value})`;
  return null;
}

export function validateTopic(topic: Topic, today = new Date()): string[] {
  const problems: string[] = [];
  const report = reporter(`topic "${topic.id ?? '(no id)'}"`, problems);
  if (!TOPIC_IDS.includes(topic.id)) report('id', `is not one of ${TOPIC_IDS.join(', ')}`);
  for (const field of ['name', 'shortName', 'fullName', 'summary'] as const) requireText(report, field, topic[field]);
  if (typeof topic.path !== 'string' || !/^\/[a-z0-9-]+$/.test(topic.path)) report('path', 'must look like "/lambda"');
  if (!Array.isArray(topic.searchTerms) || topic.searchTerms.length === 0) report('searchTerms', 'is empty');
  if (!Array.isArray(topic.cheatSheet) || topic.cheatSheet.length < 3 || topic.cheatSheet.length > 7) {
    report('cheatSheet', 'must have 3 to 7 lines');
  } else {
    topic.cheatSheet.forEach((line, index) => requireText(report, `cheatSheet[${index}]`, line));
  }
  if (!Array.isArray(topic.sources) || topic.sources.length === 0) {
    report('sources', 'lists no official source');
  } else {
    topic.sources.forEach((source, index) => {
      requireText(report, `sources[${index}].title`, source.title);
      const problem = urlProblem(source.url);
      if (problem) report(`sources[${index}].url`, problem);
    });
  }
  const checkedOn = dateProblem(topic.checkedOn, today);
  if (checkedOn) report('checkedOn', checkedOn);
  if (topic.facts !== undefined) {
    for (const key of SERVICE_FACT_KEYS) requireText(report, `facts.${key}`, topic.facts[key]);
  }
  return problems;
}

export function validateComparison(comparison: Comparison): string[] {
  const problems: string[] = [];
  const report = reporter(`comparison "${comparison.id ?? '(no id)'}"`, problems);
  requireText(report, 'caption', comparison.caption);
  requireText(report, 'rowHeader', comparison.rowHeader);
  if (comparison.columns.length === 0) report('columns', 'is empty');
  if (comparison.rows.length === 0) report('rows', 'is empty');
  const labels = new Set<string>();
  for (const row of comparison.rows) {
    if (labels.has(row.label)) report(`rows["${row.label}"]`, 'is used twice');
    labels.add(row.label);
    for (const column of comparison.columns) {
      requireText(report, `rows["${row.label}"].cells.${column.key}`, row.cells[column.key]);
    }
  }
  return problems;
}

function checkSource(report: Report, field: string, source: Source | undefined): void {
  if (!source) {
    report(field, 'is missing: every figure names the official page that states it');
    return;
  }
  requireText(report, `${field}.title`, source.title);
  const problem = urlProblem(source.url);
  if (problem) report(`${field}.url`, problem);
}

/** A fact needs a label, a value, an official source and the day it was checked. */
export function validateFact(id: string, fact: Fact, today = new Date()): string[] {
  const problems: string[] = [];
  const report = reporter(`fact "${id}"`, problems);
  if (!/^[a-z-]+\.[a-z][A-Za-z0-9]*$/.test(id)) report('id', 'must be "<topic>.<camelCaseKey>"');
  requireText(report, 'label', fact.label);
  requireText(report, 'value', fact.value);
  if (fact.short !== undefined) requireText(report, 'short', fact.short);
  checkSource(report, 'source', fact.source);
  const checkedOn = dateProblem(fact.checkedOn, today);
  if (checkedOn) report('checkedOn', checkedOn);
  return problems;
}

export function validateExamChange(id: string, change: ExamChange, today = new Date()): string[] {
  const problems: string[] = [];
  const report = reporter(`exam change "${id}"`, problems);
  for (const field of ['title', 'today', 'olderExams'] as const) requireText(report, field, change[field]);
  if (typeof change.changed !== 'string' || dateProblem(`${change.changed}-01`, today)) {
    report('changed', 'must be a past month written YYYY-MM');
  }
  checkSource(report, 'source', change.source);
  const checkedOn = dateProblem(change.checkedOn, today);
  if (checkedOn) report('checkedOn', checkedOn);
  return problems;
}

/** What a question or an exam task may point at: the published sections of the site, and the exam map. */
export type BankContext = {
  /** Published anchors per route, from src/data/published-anchors.json. */
  readonly anchors: {readonly [route: string]: readonly string[]};
  readonly tasks: ReadonlySet<TaskId>;
  /** False when the exam guide leaves the topic out of scope. */
  readonly inScope: (exam: ExamId, topic: TopicId) => boolean;
};

function sectionProblem(section: unknown, anchors: BankContext['anchors']): string | null {
  if (typeof section !== 'string') return 'is missing';
  const match = /^(\/[a-z0-9-]*)#([a-z0-9-]+)$/.exec(section);
  if (!match) return `must look like "/lambda#limits" (${section})`;
  const [, route = '', anchor = ''] = match;
  const published = anchors[route];
  if (!published) return `points at "${route}", which is not a page of the site`;
  if (!published.includes(anchor)) return `points at "#${anchor}", which is not a section of ${route}`;
  return null;
}

/** A bank question: exam tags that exist, one right answer, a reason for every choice, a real section and a source. */
export function validateQuestion(id: string, question: Question, context: BankContext): string[] {
  const problems: string[] = [];
  const report = reporter(`question "${id}"`, problems);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(question.id ?? '')) report('id', 'must be kebab-case');
  if (!TOPIC_IDS.includes(question.topic)) report('topic', `is not one of ${TOPIC_IDS.join(', ')}`);
  requireText(report, 'question', question.question);
  const exams = question.exams ?? [];
  if (exams.length === 0) report('exams', 'is empty: tag the exams that test it');
  for (const exam of exams) {
    if (!EXAM_IDS.includes(exam)) report('exams', `has "${exam}", not one of ${EXAM_IDS.join(', ')}`);
    else if (!context.inScope(exam, question.topic))
      report('exams', `has ${exam}, whose guide leaves ${question.topic} out of scope`);
  }
  if (new Set(exams).size !== exams.length) report('exams', 'lists an exam twice');
  const tasks = question.tasks ?? [];
  if (tasks.length === 0) report('tasks', 'is empty: name the task statement it practises');
  for (const task of tasks) {
    if (!context.tasks.has(task)) report('tasks', `has "${task}", which is not in the exam-guide map (src/data/exams)`);
    else if (!exams.includes(task.split('/')[0] as ExamId))
      report('tasks', `has "${task}", but the question is not tagged with that exam`);
  }
  const choices = question.choices ?? [];
  if (choices.length < 3) report('choices', `has ${choices.length}, needs at least three`);
  const correct = choices.filter((choice) => choice.correct).length;
  if (correct !== 1) report('choices', `must have exactly one correct answer, has ${correct}`);
  const texts = choices.map((choice) => choice.text);
  if (new Set(texts).size !== texts.length) report('choices', 'has two choices with the same text');
  choices.forEach((choice, index) => {
    requireText(report, `choices[${index}].text`, choice.text);
    requireText(report, `choices[${index}].why`, choice.why);
  });
  const section = sectionProblem(question.learnMore, context.anchors);
  if (section) report('learnMore', section);
  checkSource(report, 'source', question.source);
  return problems;
}

/** An exam guide: weights that add up, task numbers inside their domain, sections that exist, one scope entry per service. */
export function validateExamGuide(guide: ExamGuide, anchors: BankContext['anchors'], today = new Date()): string[] {
  const problems: string[] = [];
  const report = reporter(`exam guide "${guide.id ?? '(no id)'}"`, problems);
  for (const field of ['code', 'name'] as const) requireText(report, field, guide[field]);
  checkSource(report, 'guide', guide.guide);
  const checkedOn = dateProblem(guide.checkedOn, today);
  if (checkedOn) report('checkedOn', checkedOn);
  const weights = guide.domains.reduce((sum, domain) => sum + domain.weight, 0);
  if (weights !== 100) report('domains', `weights add up to ${weights}%, not 100%`);
  for (const domain of guide.domains) {
    requireText(report, `domains[${domain.number}].title`, domain.title);
    for (const task of domain.tasks) {
      const field = `domains[${domain.number}].tasks[${task.number}]`;
      if (!task.number.startsWith(`${domain.number}.`)) report(field, `is numbered outside domain ${domain.number}`);
      requireText(report, `${field}.title`, task.title);
      requireText(report, `${field}.focus`, task.focus);
      if (task.sections.length === 0) report(`${field}.sections`, 'is empty: name the sections that teach it');
      for (const section of task.sections) {
        const problem = sectionProblem(section, anchors);
        if (problem) report(`${field}.sections`, problem);
      }
    }
  }
  const scoped = guide.scope.map((entry) => entry.topic);
  for (const topic of scoped)
    if (scoped.indexOf(topic) !== scoped.lastIndexOf(topic)) report('scope', `lists ${topic} twice`);
  guide.scope.forEach((entry) => requireText(report, `scope[${entry.topic}].note`, entry.note));
  return problems;
}
