import {describe, expect, it} from 'vitest';
import {cleanPageUrl, cleanUrlManifest} from '../cleanUrls';

describe('cleanPageUrl', () => {
  it.each([
    ['index.html', './'],
    ['lambda.html', 'lambda'],
    ['guide/index.html', 'guide/'],
    ['guide/intro.html', 'guide/intro'],
    ['assets/js/main.1a2b.js', 'assets/js/main.1a2b.js'],
    ['search-index.json', 'search-index.json'],
    ['img/logo.svg', 'img/logo.svg'],
  ])('%s -> %s', (url, expected) => {
    expect(cleanPageUrl(url)).toBe(expected);
  });
});

describe('cleanUrlManifest', () => {
  it('keeps each entry revision and size', () => {
    const entries = [{url: 'lambda.html', revision: 'abc', size: 10}];
    expect(cleanUrlManifest(entries)).toEqual({manifest: [{url: 'lambda', revision: 'abc', size: 10}], warnings: []});
  });
});
