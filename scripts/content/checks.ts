import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import matter from 'gray-matter';
import {figuresIn} from './figures';
import {extractHeadings, FENCE_TITLE, proseLines} from '../../src/utils/markdown';
import {mermaidParseError} from './mermaid';

/** One problem in one file, worded so the author knows what to fix. */
export type ContentProblem = {
  readonly file: string;
  readonly line: number;
  readonly message: string;
};

/** Front-matter fields every page needs: the description is the chat link preview. */
const REQUIRED_FRONT_MATTER = ['title', 'description', 'keywords'] as const;

/** Colours are the theme's job; a hard-coded fill vanishes in the other colour mode. */
const FORBIDDEN_DIAGRAM_STYLING = /^\s*(style|classDef|linkStyle)\s|%%\{\s*init|\bfill\s*:/m;

/** A heading with an optional MDX-comment id: `## Key facts {/* #limits *\/}`. */
const CLASSIC_HEADING_ID = /\{#[\w-]+\}\s*$/;

type Diagram = {readonly line: number; readonly source: string};

/** An opening code fence: its language and the rest of its meta line. */
const FENCE_OPEN = /^(```|~~~)\s*([\w+-]*)\s*(.*)$/;
/** `file=<rootDir>/src/x.ts` shows a file from the repository (remark-code-import). */
const FILE_META = /\bfile=<rootDir>\/(\S+)/;
/**
 * The fence options something here reads: `title="…"` (src/theme/CodeBlock)
 * and `file=<rootDir>/…` (remark-code-import). Shiki ignores any other word in
 * the meta line, so `showLineNumbers` or `{1,3}` would do nothing, silently.
 */
const KNOWN_FENCE_OPTIONS = [FENCE_TITLE, FILE_META].map((option) => new RegExp(option.source, 'g'));

type CodeFence = {readonly line: number; readonly language: string; readonly meta: string};

/** Opening lines of fenced code blocks, outside other fences. */
export function extractCodeFences(body: string, firstLine: number): CodeFence[] {
  const fences: CodeFence[] = [];
  let open: string | undefined;
  body.split('\n').forEach((text, index) => {
    const match = FENCE_OPEN.exec(text);
    if (!match?.[1]) return;
    if (open === undefined) {
      open = match[1];
      fences.push({line: firstLine + index, language: match[2] ?? '', meta: match[3] ?? ''});
    } else if (match[1] === open && !match[2] && !match[3]) {
      open = undefined;
    }
  });
  return fences;
}

/** Finds fenced ```mermaid blocks and the line each starts on. */
export function extractDiagrams(body: string, firstLine: number): Diagram[] {
  const diagrams: Diagram[] = [];
  const lines = body.split('\n');
  let start: number | undefined;
  let buffer: string[] = [];
  lines.forEach((text, index) => {
    if (start === undefined && /^```mermaid\s*$/.test(text)) {
      start = index;
      buffer = [];
    } else if (start !== undefined && /^```\s*$/.test(text)) {
      diagrams.push({line: firstLine + start, source: buffer.join('\n')});
      start = undefined;
    } else if (start !== undefined) {
      buffer.push(text);
    }
  });
  return diagrams;
}

/** Where `file=<rootDir>/...` paths are resolved: the repository root. */
type PageOptions = {readonly rootDir?: string};

/** Checks one Markdown/MDX page. `file` is used in messages only. */
export async function checkPage(file: string, source: string, options: PageOptions = {}): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) => problems.push({file, line, message});

  const {data, content} = matter(source);
  // gray-matter drops the front matter; count its lines so reported lines match the file.
  const bodyFirstLine = source.slice(0, source.length - content.length).split('\n').length;

  for (const field of REQUIRED_FRONT_MATTER) {
    const value: unknown = data[field];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) report(1, `front matter is missing "${field}"`);
  }

  const seenIds = new Map<string, number>();
  for (const heading of extractHeadings(content, bodyFirstLine)) {
    if (heading.level === 1) continue;
    if (!heading.id) {
      report(
        heading.line,
        CLASSIC_HEADING_ID.test(heading.text)
          ? `heading "${heading.text}" uses the {#id} syntax, which MDX tools cannot parse; write {/* #id */}`
          : `heading "${heading.text}" has no explicit id ({/* #some-id */}); shared links need one`,
      );
      continue;
    }
    const previous = seenIds.get(heading.id);
    if (previous !== undefined) {
      report(heading.line, `heading id "${heading.id}" is used twice (first on line ${previous})`);
    }
    seenIds.set(heading.id, heading.line);
  }

  for (const {line, text} of proseLines(content, bodyFirstLine)) {
    const figures = text.trimStart().startsWith('|') ? figuresIn(text) : [];
    if (figures.length > 0) {
      report(
        line,
        `a Markdown table row holds the figure "${figures[0]}"; limits belong in the facts data, shown with <KeyFacts> or a <ComparisonTable>`,
      );
    }
  }

  for (const fence of extractCodeFences(content, bodyFirstLine)) {
    if (!fence.language) report(fence.line, 'a code block needs a language (use "text" for plain text)');
    const unknown = KNOWN_FENCE_OPTIONS.reduce((meta, option) => meta.replace(option, ' '), fence.meta).trim();
    if (unknown) {
      report(
        fence.line,
        `the code block option "${unknown}" does nothing here; a fence takes only title="…" and file=<rootDir>/…`,
      );
    }
    const shown = FILE_META.exec(fence.meta)?.[1];
    if (shown && options.rootDir && !existsSync(path.join(options.rootDir, shown))) {
      report(fence.line, `the code block shows ${shown}, which does not exist`);
    }
  }

  for (const diagram of extractDiagrams(content, bodyFirstLine)) {
    if (!/^\s*accTitle\s*:/m.test(diagram.source)) {
      report(diagram.line, 'Mermaid diagram has no accTitle (its accessible name)');
    }
    if (!/^\s*accDescr\s*[:{]/m.test(diagram.source)) {
      report(diagram.line, 'Mermaid diagram has no accDescr (its text alternative)');
    }
    if (FORBIDDEN_DIAGRAM_STYLING.test(diagram.source)) {
      report(diagram.line, 'Mermaid diagram hard-codes styling; let the theme colour it for light and dark mode');
    }
    const error = await mermaidParseError(diagram.source);
    if (error) {
      report(diagram.line, `Mermaid diagram does not parse: ${error.split('\n').join(' ')}`);
    }
  }
  return problems;
}

/** Checks every page under `docsDir`; `file=` paths resolve against its parent, the repository root. */
export async function checkDocs(docsDir: string): Promise<ContentProblem[]> {
  const files = await fg('**/*.{md,mdx}', {cwd: docsDir});
  const rootDir = path.dirname(docsDir);
  const results = await Promise.all(
    files.sort().map(async (relative) => {
      const file = path.join(docsDir, relative);
      return checkPage(file, await readFile(file, 'utf8'), {rootDir});
    }),
  );
  return results.flat();
}

export function formatProblem({file, line, message}: ContentProblem): string {
  return `${file}:${line}: ${message}`;
}
