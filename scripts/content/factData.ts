import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {EXAM_CHANGE_LIST, type ExamChangeEntry, FACT_LIST, type FactEntry} from '../../src/data/facts';
import {validateExamChange, validateFact} from '../../src/data/validate';
import type {ContentProblem} from './checks';

/** The line of `key:` in a facts file, so a problem points at its entry (1 when not found). */
function lineOf(source: string, key: string): number {
  const index = source.split('\n').findIndex((text) => new RegExp(String.raw`^\s*'?${key}'?\s*:`).test(text));
  return index + 1 || 1;
}

/** Every fact and exam change is complete and sourced; problems name the facts file and line. */
export async function checkFactData(
  rootDir: string,
  {
    facts = FACT_LIST,
    changes = EXAM_CHANGE_LIST,
    today = new Date(),
  }: {readonly facts?: readonly FactEntry[]; readonly changes?: readonly ExamChangeEntry[]; readonly today?: Date} = {},
): Promise<ContentProblem[]> {
  const entries = [
    ...facts.map(({id, topic, fact}) => ({id, topic, problems: validateFact(id, fact, today)})),
    ...changes.map(({id, topic, change}) => ({id, topic, problems: validateExamChange(id, change, today)})),
  ];
  const problems: ContentProblem[] = [];
  for (const {id, topic, problems: found} of entries) {
    if (found.length === 0) continue;
    const file = path.join('src/data/facts', `${topic}.ts`);
    const source = await readFile(path.join(rootDir, file), 'utf8');
    const line = lineOf(source, (id as string).slice(topic.length + 1));
    for (const message of found) problems.push({file, line, message});
  }
  return problems;
}

/** What the hand-typed-figure check compares against: each fact's sentence and short forms. */
export function factTexts(): {readonly id: string; readonly texts: readonly string[]}[] {
  return FACT_LIST.map(({id, fact}) => ({id, texts: fact.short ? [fact.value, fact.short] : [fact.value]}));
}
