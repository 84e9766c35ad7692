import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {COMPILE_HINT} from '../../../src/plugins/compileHints';
import {weighPage} from '../buildAssets';

describe('weighPage', () => {
  const build = mkdtempSync(path.join(tmpdir(), 'build-assets-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Home</title>',
    'assets/js/hinted.js': `${COMPILE_HINT}\nconsole.log(1);`,
    // The hint anywhere but the first line does not count.
    'assets/js/late.js': `console.log(1);\n${COMPILE_HINT}\n`,
    'assets/js/plain.js': 'console.log(1);',
    'assets/css/styles.css': 'body{margin:0}',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(build, file)), {recursive: true});
    writeFileSync(path.join(build, file), text);
  }
  afterAll(() => rmSync(build, {recursive: true, force: true}));

  const urls = Object.keys(files).map((file) => `/base/${file === 'index.html' ? '' : file}`);

  it('names the scripts that do not start with the compile hint', () => {
    expect(weighPage(build, '/base/', urls).scriptsWithoutCompileHint).toEqual([
      '/base/assets/js/late.js',
      '/base/assets/js/plain.js',
    ]);
  });

  it('counts each file once, by kind', () => {
    const weight = weighPage(build, '/base/', [...urls, '/base/assets/js/plain.js']);
    expect(weight.requests).toBe(5);
    expect(weight.gzip.html).toBeGreaterThan(0);
    expect(weight.gzip.css).toBeGreaterThan(0);
    expect(weight.gzip.other).toBe(0);
  });
});
