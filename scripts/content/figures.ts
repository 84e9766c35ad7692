import {readFile} from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type {ContentProblem} from './checks';
import {type PageLine, proseLines} from '../../src/utils/markdown';

/*
 * A figure that exists as a fact must be read from the fact, never typed
 * again: a second copy is how "16 vCPU / 120 GB" drifted apart in ten
 * places. This check finds number-and-unit figures in the pages and in the
 * data and code that quote facts, and names the fact to use instead.
 */

/** Units as written on the pages, each mapped to one spelling so "900 s" and "900 seconds" match. */
const UNITS: Readonly<Record<string, string>> = {
  vcpu: 'vCPU',
  vcpus: 'vCPU',
  gb: 'GB',
  gib: 'GB',
  mb: 'MB',
  mib: 'MB',
  kb: 'KB',
  kib: 'KB',
  tb: 'TB',
  tib: 'TB',
  ms: 'millisecond',
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  s: 'second',
  second: 'second',
  seconds: 'second',
  min: 'minute',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  year: 'year',
  years: 'year',
  '%': '%',
  percent: '%',
};

const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "10,240 MB", "15-minute", "1.5 GB", "70%": a number, an optional space or hyphen, a unit. */
const FIGURE = new RegExp(
  String.raw`(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[ \u00a0-]?(${UNIT_PATTERN})(?![\w])`,
  'gi',
);

/** A line that must quote a figure by hand says why: `{/* hand-typed: the 2023 notes said ... *\/}`. */
const ESCAPE = /hand-typed:\s*\S/;

/** The figures in a text, each as "120 GB" with the unit's one spelling. */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((match) => {
    const number = (match[1] ?? '').replace(/,/g, '');
    const unit = UNITS[(match[2] ?? '').toLowerCase()] ?? match[2];
    return `${number} ${unit}`;
  });
}

/** Which facts state each figure: "900 second" -> ["lambda.maxTimeout"]. */
export function figureIndex(facts: readonly {readonly id: string; readonly texts: readonly string[]}[]) {
  const index = new Map<string, string[]>();
  for (const {id, texts} of facts) {
    for (const figure of new Set(texts.flatMap(figuresIn))) index.set(figure, [...(index.get(figure) ?? []), id]);
  }
  return index;
}

type Kind = 'page' | 'code';

/** Lines of a file that a reader sees as text: outside code fences, imports and comments. */
function readableLines(source: string, kind: Kind): PageLine[] {
  const lines =
    kind === 'page' ? proseLines(source, 1) : source.split('\n').map((text, index) => ({line: index + 1, text}));
  const skipped = kind === 'page' ? /^import / : /^(\/\/|\/\*|\*)/;
  return lines.filter(({text}) => !skipped.test(text.trim()));
}

/** Every hand-typed copy of a fact's figure in one file. */
export function handTypedFigures(
  file: string,
  source: string,
  kind: Kind,
  index: ReadonlyMap<string, readonly string[]>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const {line, text} of readableLines(source, kind)) {
    if (ESCAPE.test(text)) continue;
    for (const figure of new Set(figuresIn(text))) {
      const ids = index.get(figure);
      if (!ids) continue;
      const use = kind === 'page' ? `<Fact id="${ids[0]}" />` : `factText('${ids[0]}')`;
      problems.push({
        file,
        line,
        message: `"${figure}" is typed by hand, but it is the figure of ${ids.map((id) => `fact ${id}`).join(', ')}; write ${use} (or mark a quotation with "hand-typed: why")`,
      });
    }
  }
  return problems;
}

/** Where figures must come from facts: the pages, and the data and code that quote them. */
const PAGE_GLOBS = ['docs/**/*.{md,mdx}'];
const CODE_GLOBS = ['src/data/**/*.ts', 'src/picker/**/*.ts', 'src/components/**/*.tsx', 'src/pages/**/*.tsx'];
/** The facts themselves, and tests, which may state what they expect. */
const NOT_CHECKED = ['src/data/facts/**', '**/__tests__/**'];

export async function checkFigures(
  rootDir: string,
  facts: readonly {readonly id: string; readonly texts: readonly string[]}[],
): Promise<ContentProblem[]> {
  const index = figureIndex(facts);
  const scan = async (globs: string[], kind: Kind) => {
    const files = await fg(globs, {cwd: rootDir, ignore: NOT_CHECKED});
    const results = await Promise.all(
      files
        .sort()
        .map(async (relative) =>
          handTypedFigures(relative, await readFile(path.join(rootDir, relative), 'utf8'), kind, index),
        ),
    );
    return results.flat();
  };
  return [...(await scan(PAGE_GLOBS, 'page')), ...(await scan(CODE_GLOBS, 'code'))];
}
