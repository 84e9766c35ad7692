import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

/*
 * Feeds deliberately broken content to a temporary copy of the site and
 * checks that the build, the type check or the content checks refuse it
 * with a message that names the file (or page) and the problem.
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

let copy = '';

function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(copy, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`Fixture edit did not apply to ${file}: ${String(from)}`);
  writeFileSync(full, after);
}

function run(command: string, args: string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {cwd: copy, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** Each group of cases works on a fresh copy, so one group's breakage cannot mask another's. */
function useFreshCopy(): void {
  beforeAll(() => {
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
      spawnSync('git', args, {cwd: copy});
    }
  });
  afterAll(() => {
    if (copy) rmSync(copy, {recursive: true, force: true});
  });
}

describe('broken content fails loudly', () => {
  useFreshCopy();

  it('the content checks name the file and line of each broken page', () => {
    edit('docs/containers/ecr.mdx', /^description:.*\n/m, '');
    edit('docs/serverless/lambda.mdx', /(```mermaid\n[\s\S]*?)(\n```)/, '$1\n  Broken --> ((unclosed$2');
    edit(
      'docs/batch-and-simple/batch.mdx',
      /\n## /,
      '\n## Twice {/* #limits */}\n\n## Twice again {/* #limits */}\n\n## ',
    );
    const {status, output} = run('npx', ['tsx', 'scripts/check-content.ts', 'docs']);
    expect(status).toBe(1);
    expect(output).toMatch(/containers\/ecr\.mdx:1: front matter is missing "description"/);
    expect(output).toMatch(/serverless\/lambda\.mdx:\d+: Mermaid diagram does not parse: Parse error/);
    expect(output).toMatch(/batch-and-simple\/batch\.mdx:\d+: heading id "limits" is used twice/);
  });

  it('the type check names a data entry with a missing field or a non-https source', () => {
    edit('src/data/topics/lambda.ts', /\bsummary:/, 'summaryTypo:');
    edit('src/data/topics/ecs.ts', /url: 'https:\/\//, "url: 'http://");
    const {status, output} = run('npx', ['tsc', '-p', '.']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/data\/topics\/(lambda|index)\.ts.*summary/s);
    expect(output).toMatch(/src\/data\/topics\/ecs\.ts\(\d+,\d+\).*https:\/\//);
  });
});

describe('the production build refuses', () => {
  useFreshCopy();

  it('a broken internal link, naming the page', () => {
    edit('docs/overview.mdx', '[Amazon ECR](/ecr)', '[Amazon ECR](/no-such-service)');
    const {status, output} = run('npx', ['docusaurus', 'build', '--out-dir', 'build-broken-link']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/[\w-]*\/?overview/);
    expect(output).toContain('no-such-service');
    edit('docs/overview.mdx', '[Amazon ECR](/no-such-service)', '[Amazon ECR](/ecr)');
  });

  it('a broken anchor, naming the page', () => {
    edit('docs/overview.mdx', '[cheat sheet](/cheat-sheet)', '[cheat sheet](/cheat-sheet#no-such-section)');
    const {status, output} = run('npx', ['docusaurus', 'build', '--out-dir', 'build-broken-anchor']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/[\w-]*\/?overview/);
    expect(output).toContain('no-such-section');
  });

  it('a code block without a language, naming the file and line', () => {
    edit('docs/containers/docker.mdx', '```bash\n', '```\n');
    const {status, output} = run('npx', ['docusaurus', 'build', '--out-dir', 'build-broken-code']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/docs\/containers\/docker\.mdx:\d+: a code block needs a language/);
    edit('docs/containers/docker.mdx', /```\n(docker )/, '```bash\n$1');
  });

  it('a code block that shows a file which does not exist, naming the file', () => {
    edit(
      'docs/serverless/lab-stop-ec2.mdx',
      'file=<rootDir>/src/lab/stop-instances/handler.ts',
      'file=<rootDir>/src/lab/gone.ts',
    );
    const {status, output} = run('npx', ['docusaurus', 'build', '--out-dir', 'build-missing-file']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ENOENT[^\n]*src\/lab\/gone\.ts/);
  });
});
