import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {builtAnchors, describeLost, lostAnchors, parseAnchorList} from '../scripts/lib/anchors';
import {TOPIC_IDS} from '../src/data/types';
import {BASE_PATH} from './site';

/*
 * Links people share point at a page and a heading id. The ids that have
 * been published are listed in src/data/published-anchors.json
 * (`npm run anchors:update` adds new ones after a build). Reading the built
 * HTML is enough here, so no browser is started.
 */
const ROOT = path.join(__dirname, '..');
const PUBLISHED_FILE = path.join(ROOT, 'src', 'data', 'published-anchors.json');
const published = parseAnchorList(JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8')), PUBLISHED_FILE);

test('the published list covers the study pages', () => {
  expect(Object.keys(published)).toEqual(expect.arrayContaining(['/lambda', '/cheat-sheet', '/overview']));
  // Study groups link to each topic's cheat-sheet section.
  expect(published['/cheat-sheet']).toEqual(expect.arrayContaining([...TOPIC_IDS]));
});

for (const [route, ids] of Object.entries(published)) {
  test(`every published link to ${route} still resolves`, () => {
    const built = builtAnchors(path.join(ROOT, 'build'), BASE_PATH, [route.slice(1)]);
    const lost = lostAnchors({[route]: ids}, built).map(describeLost);
    expect(lost, 'published links that broke: heading ids may be added, never removed or renamed').toEqual([]);
  });
}
