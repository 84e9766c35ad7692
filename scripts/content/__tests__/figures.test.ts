import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {FactEntry} from '../../../src/data/facts';
import {checkFactData} from '../factData';
import {figureIndex, figuresIn, handTypedFigures} from '../figures';
import {formatProblem} from '../checks';

const INDEX = figureIndex([
  {id: 'lambda.maxTimeout', texts: ['15 minutes (900 seconds)']},
  {id: 'lambda.memory', texts: ['128 MB to 10,240 MB']},
]);

function problems(source: string, kind: 'page' | 'code' = 'page'): string[] {
  return handTypedFigures('docs/x.mdx', source, kind, INDEX).map(formatProblem);
}

describe('figures in text', () => {
  it('read units in any spelling as one figure', () => {
    expect(figuresIn('900 s, 900 seconds, a 15-minute run, 10,240 MB, 10240 MiB, 70%')).toEqual([
      '900 second',
      '900 second',
      '15 minute',
      '10240 MB',
      '10240 MB',
      '70 %',
    ]);
  });

  it('leave prices, versions and words alone', () => {
    expect(figuresIn('$0.20 per 1M requests on Node.js 22 and python3.13, x86_64')).toEqual([]);
  });
});

describe('hand-typed figures', () => {
  it('name the file, the line and the fact to use', () => {
    expect(problems('Intro\n\nA function runs for up to 900 seconds.\n')).toEqual([
      'docs/x.mdx:3: "900 second" is typed by hand, but it is the figure of fact lambda.maxTimeout; write <Fact id="lambda.maxTimeout" /> (or mark a quotation with "hand-typed: why")',
    ]);
  });

  it('tell data files to read the fact', () => {
    expect(problems("  explanation: 'Memory goes up to 10,240 MB.',", 'code')[0]).toContain(
      "write factText('lambda.memory')",
    );
  });

  it('accept a line that says why it quotes a figure', () => {
    expect(problems('The 2023 notes said 15 minutes. {/* hand-typed: quoting the notes */}')).toEqual([]);
  });

  it('skip code blocks, imports and code comments', () => {
    expect(problems('```bash\naws lambda update --timeout 900s\n```\nimport x from "900 seconds";\n')).toEqual([]);
    expect(problems('// waits 15 minutes for the test clock\n', 'code')).toEqual([]);
  });

  it('ignore figures that are no fact', () => {
    expect(problems('A 3 GB image.')).toEqual([]);
  });
});

describe('fact entries', () => {
  it('name the facts file and line of an entry with a missing source', async () => {
    const broken = {
      id: 'fargate.maxTaskSize',
      topic: 'fargate',
      fact: {label: 'Largest task', value: '16 vCPU', checkedOn: '2026-12-01'},
    } as unknown as FactEntry;
    const found = await checkFactData(path.resolve(__dirname, '../../..'), {facts: [broken], changes: []});
    expect(found.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^src\/data\/facts\/fargate\.ts:\d+: fact "fargate\.maxTaskSize": field "source" is missing: every figure names the official page that states it$/,
      ),
    ]);
    expect(found[0]?.line).toBeGreaterThan(1);
  });
});
