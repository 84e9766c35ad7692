import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {buildFileFor} from '../buildFiles';

describe('buildFileFor', () => {
  const build = mkdtempSync(path.join(tmpdir(), 'build-files-'));
  for (const file of ['index.html', 'lambda.html', '404.html', 'guide/index.html', 'assets/js/main.js']) {
    mkdirSync(path.dirname(path.join(build, file)), {recursive: true});
    writeFileSync(path.join(build, file), '');
  }
  afterAll(() => rmSync(build, {recursive: true, force: true}));

  it.each([
    ['/base/', 'index.html'],
    ['/base/lambda', 'lambda.html'],
    ['/base/404.html', '404.html'],
    ['/base/guide/', 'guide/index.html'],
    ['/base/assets/js/main.js', 'assets/js/main.js'],
  ])('serves %s from %s, as GitHub Pages does', (urlPath, file) => {
    expect(buildFileFor(build, '/base/', urlPath)).toBe(path.join(build, file));
  });

  it.each(['/other/lambda', '/base/no-such-page', '/base/assets'])('finds no file for %s', (urlPath) => {
    expect(buildFileFor(build, '/base/', urlPath)).toBeUndefined();
  });
});
