import {spawn} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkDocs, formatProblem} from '../content/checks';
import {factTexts} from '../content/factData';
import {checkFigures} from '../content/figures';

/*
 * Feeds deliberately broken content to a temporary copy of the site and
 * checks that the content checks and the production build refuse it with a
 * message that names the file (or page) and the problem.
 *
 * Content breakages are all checked in one pass, in process. Builds run as
 * awaited child processes: a blocking spawnSync would stall this worker's
 * event loop for the whole build, and Vitest's main process then gives up
 * on the worker ("Timeout calling onTaskUpdate") though every test passed.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const COPIED = [
  'docs',
  'src',
  'static',
  'scripts',
  'docusaurus.config.ts',
  'sidebars.ts',
  'package.json',
  'tsconfig.json',
];

type Run = {readonly status: number | null; readonly output: string};

function run(cwd: string, command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: {...process.env, FORCE_COLOR: '0'}});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, output}));
  });
}

/** A fresh copy of the site per describe block, so one block's breakage cannot mask another's. */
function useFreshCopy(): {
  readonly dir: () => string;
  readonly edit: (file: string, from: string | RegExp, to: string) => void;
} {
  let copy = '';
  beforeAll(async () => {
    copy = mkdtempSync(path.join(tmpdir(), 'aws-other-compute-broken-'));
    for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(copy, entry), {recursive: true});
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    // Pages show their last-update date from git, so the copy needs a history.
    writeFileSync(path.join(copy, '.gitignore'), 'node_modules\nbuild*\n.docusaurus\n');
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=fixture', '-c', 'user.email=fixture@invalid', 'commit', '-qm', 'fixture'],
    ]) {
      await run(copy, 'git', args);
    }
  });
  afterAll(() => {
    if (copy) rmSync(copy, {recursive: true, force: true});
  });
  return {
    dir: () => copy,
    edit(file, from, to) {
      const full = path.join(copy, file);
      const before = readFileSync(full, 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`Fixture edit did not apply to ${file}: ${String(from)}`);
      writeFileSync(full, after);
    },
  };
}

describe('the content checks refuse broken pages', () => {
  const copy = useFreshCopy();

  it('naming the file and line of each problem', async () => {
    copy.edit('docs/containers/ecr.mdx', /^description:.*\n/m, '');
    copy.edit('docs/serverless/lambda.mdx', /(```mermaid\n[\s\S]*?)(\n```)/, '$1\n  Broken --> ((unclosed$2');
    copy.edit(
      'docs/batch-and-simple/batch.mdx',
      /\n## /,
      '\n## Twice {/* #limits */}\n\n## Twice again {/* #limits */}\n\n## ',
    );
    copy.edit('docs/containers/docker.mdx', '```bash\n', '```\n');
    copy.edit(
      'docs/serverless/lab-stop-ec2.mdx',
      'file=<rootDir>/src/lab/stop-instances/handler.ts',
      'file=<rootDir>/src/lab/gone.ts',
    );
    copy.edit('docs/overview.mdx', /\n## /, '\nA Fargate task has at most 16 vCPU.\n\n## ');
    copy.edit('src/data/questions/ecs.ts', /$/, "\nexport const hint = 'Tasks go up to 120 GB.';\n");
    const problems = [
      ...(await checkDocs(path.join(copy.dir(), 'docs'))),
      ...(await checkFigures(copy.dir(), factTexts())),
    ];
    const output = problems.map(formatProblem).join('\n');
    expect(output).toMatch(/containers\/ecr\.mdx:1: front matter is missing "description"/);
    expect(output).toMatch(/serverless\/lambda\.mdx:\d+: Mermaid diagram does not parse: Parse error/);
    expect(output).toMatch(/batch-and-simple\/batch\.mdx:\d+: heading id "limits" is used twice/);
    expect(output).toMatch(/containers\/docker\.mdx:\d+: a code block needs a language/);
    expect(output).toMatch(
      /serverless\/lab-stop-ec2\.mdx:\d+: the code block shows src\/lab\/gone\.ts, which does not exist/,
    );
  });
});

describe('the production build refuses', () => {
  const copy = useFreshCopy();

  // Docusaurus stops at the first kind of broken reference it reports, so
  // links and anchors need a build each; every other breakage is caught
  // before the build by the content checks above.
  it('a broken internal link, naming the page', async () => {
    copy.edit('docs/overview.mdx', '[Amazon ECR](/ecr)', '[Amazon ECR](/no-such-service)');
    const {status, output} = await run(copy.dir(), 'npx', ['docusaurus', 'build', '--out-dir', 'build-broken']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/[\w-]*\/?overview/);
    expect(output).toContain('no-such-service');
    copy.edit('docs/overview.mdx', '[Amazon ECR](/no-such-service)', '[Amazon ECR](/ecr)');
  });

  it('a broken anchor, naming the page', async () => {
    copy.edit('docs/overview.mdx', '[cheat sheet](/cheat-sheet)', '[cheat sheet](/cheat-sheet#no-such-section)');
    const {status, output} = await run(copy.dir(), 'npx', ['docusaurus', 'build', '--out-dir', 'build-broken']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/[\w-]*\/?overview/);
    expect(output).toContain('no-such-section');
    copy.edit('docs/overview.mdx', '[cheat sheet](/cheat-sheet#no-such-section)', '[cheat sheet](/cheat-sheet)');
  });

  it('a diagram that cannot be drawn, naming the file and line', async () => {
    copy.edit('docs/serverless/lambda.mdx', /(```mermaid\n[\s\S]*?)(\n```)/, '$1\n  Broken --> ((unclosed$2');
    const {status, output} = await run(copy.dir(), 'npx', ['docusaurus', 'build', '--out-dir', 'build-broken']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/docs\/serverless\/lambda\.mdx/);
    expect(output).toMatch(/lambda\.mdx:\d+:\d+|line \d+/);
    expect(output).toMatch(/Parse error/);
  });
});
