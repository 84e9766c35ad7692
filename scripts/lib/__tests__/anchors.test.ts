import {describe, expect, it} from 'vitest';
import {describeLost, headingIds, lostAnchors, parseAnchorList, sortedAnchors} from '../anchors';

describe('headingIds', () => {
  it('collects the ids of h2-h6 inside the article, sorted, without React-generated ones', () => {
    const html = `<main><h2 id="outside">Not in the article</h2><article>
      <h1>Title</h1><h2 class="anchor" id=limits>Limits</h2><h3 id="pricing">Pricing</h3>
      <h6 id="deep">Deep</h6><h2>No id</h2><p id="not-a-heading"></p>
      <h3 id="_R_iq7dalbah_">Picker result</h3><h3 id=":r1:">Old React id</h3></article></main>`;
    expect(headingIds(html)).toEqual(['deep', 'limits', 'pricing']);
  });
});

describe('lostAnchors', () => {
  const published = {'/lambda': ['limits', 'pricing'], '/gone': ['a']};

  it('accepts added ids and pages', () => {
    const built = {'/lambda': ['limits', 'pricing', 'new-section'], '/gone': ['a'], '/new-page': ['x']};
    expect(lostAnchors(published, built)).toEqual([]);
  });

  it('names every removed id and page', () => {
    const lost = lostAnchors(published, {'/lambda': ['limits', 'cost']});
    expect(lost).toEqual([{route: '/lambda', id: 'pricing'}, {route: '/gone'}]);
    expect(lost.map(describeLost)).toEqual([
      '/lambda#pricing: page /lambda has no heading with id "pricing" any more',
      'page /gone is no longer built (it had published links)',
    ]);
  });
});

describe('sortedAnchors', () => {
  it('orders routes and ids so that regenerating the file gives small diffs', () => {
    expect(JSON.stringify(sortedAnchors({'/b': ['z', 'a'], '/a': []}))).toBe('{"/a":[],"/b":["a","z"]}');
  });
});

describe('parseAnchorList', () => {
  it('accepts a map of routes to ids', () => {
    expect(parseAnchorList({'/': [], '/lambda': ['limits']}, 'test')).toEqual({'/': [], '/lambda': ['limits']});
  });

  it.each([[[]], [{lambda: ['limits']}], [{'/lambda': 'limits'}], [{'/lambda': ['']}], [null]])(
    'rejects %j',
    (json) => {
      expect(() => parseAnchorList(json, 'test')).toThrow(/page routes/);
    },
  );
});
