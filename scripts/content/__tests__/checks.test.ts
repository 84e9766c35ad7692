import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDocs, checkPage, formatProblem} from '../checks';

const GOOD_PAGE = `---
title: Good
description: A page that passes every check.
keywords: [good]
---

## Section {/* #section */}

\`\`\`mermaid
flowchart LR
  accTitle: Two boxes
  accDescr: A points to B.
  A --> B
\`\`\`
`;

const ROOT_DIR = path.resolve(__dirname, '../../..');

async function problemsFor(source: string): Promise<string[]> {
  return (await checkPage('docs/fixture.mdx', source, {rootDir: ROOT_DIR})).map(formatProblem);
}

describe('content checks', () => {
  it('pass for every page in docs/', async () => {
    const problems = await checkDocs(path.resolve(__dirname, '../../../docs'));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('pass for a good page', async () => {
    expect(await problemsFor(GOOD_PAGE)).toEqual([]);
  });

  it('name the page and line of a diagram that does not parse', async () => {
    const problems = await problemsFor(GOOD_PAGE.replace('A --> B', 'A --> ((B'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^docs\/fixture\.mdx:9: Mermaid diagram does not parse: Parse error/);
  });

  it('require accTitle and accDescr', async () => {
    const problems = await problemsFor(GOOD_PAGE.replace(/ {2}acc.*\n/g, ''));
    expect(problems).toEqual([
      'docs/fixture.mdx:9: Mermaid diagram has no accTitle (its accessible name)',
      'docs/fixture.mdx:9: Mermaid diagram has no accDescr (its text alternative)',
    ]);
  });

  it('refuse hard-coded diagram colours', async () => {
    const problems = await problemsFor(GOOD_PAGE.replace('A --> B', 'A --> B\n  style A fill:#fff'));
    expect(problems).toEqual([
      'docs/fixture.mdx:9: Mermaid diagram hard-codes styling; let the theme colour it for light and dark mode',
    ]);
  });

  it('require a description in the front matter', async () => {
    const problems = await problemsFor(GOOD_PAGE.replace(/description:.*\n/, ''));
    expect(problems).toEqual(['docs/fixture.mdx:1: front matter is missing "description"']);
  });

  it('require explicit, unique heading ids', async () => {
    const problems = await problemsFor(`${GOOD_PAGE}\n## Again {/* #section */}\n\n## No id\n`);
    expect(problems).toEqual([
      'docs/fixture.mdx:16: heading id "section" is used twice (first on line 7)',
      'docs/fixture.mdx:18: heading "No id" has no explicit id ({/* #some-id */}); shared links need one',
    ]);
  });

  it('explain that the classic {#id} syntax is not MDX', async () => {
    expect(await problemsFor(`${GOOD_PAGE}\n## Classic {#classic}\n`)).toEqual([
      'docs/fixture.mdx:16: heading "Classic {#classic}" uses the {#id} syntax, which MDX tools cannot parse; write {/* #id */}',
    ]);
  });

  it('ignore headings inside code fences', async () => {
    expect(await problemsFor(`${GOOD_PAGE}\n\`\`\`bash\n# a shell comment\n\`\`\`\n`)).toEqual([]);
  });

  it('name code fences without a language, with an option nothing reads, or showing a missing file', async () => {
    const fences = [
      '```',
      'plain',
      '```',
      '```ts showLineNumbers {1,3} title="a.ts"',
      'const a = 1;',
      '```',
      '```ts file=<rootDir>/src/no-such-file.ts',
      '```',
    ].join('\n');
    expect(await problemsFor(`${GOOD_PAGE}\n${fences}\n`)).toEqual([
      'docs/fixture.mdx:16: a code block needs a language (use "text" for plain text)',
      'docs/fixture.mdx:19: the code block option "showLineNumbers {1,3}" does nothing here; a fence takes only title="…" and file=<rootDir>/…',
      'docs/fixture.mdx:22: the code block shows src/no-such-file.ts, which does not exist',
    ]);
  });
});
