import {describe, expect, it} from 'vitest';
import {attributesOf, decodeEntities, pageText} from '../pageText';
import {clip} from '../card';

const SITE = 'AWS Other Compute';

describe('pageText', () => {
  it('reads the title without the site suffix and the description, from minified HTML', () => {
    const html = `<head><title data-rh=true>Docker &amp; containers | AWS Other Compute</title>
      <meta data-rh=true property=og:description content="Not this one"/>
      <meta data-rh=true name=description content="Images, containers &amp; registries: what &quot;Docker&quot; means."/>
      </head><body><h1>Docker and containers</h1></body>`;
    expect(pageText(html, SITE)).toEqual({
      title: 'Docker & containers',
      description: 'Images, containers & registries: what "Docker" means.',
    });
  });

  it('falls back to the h1 when the title is only the site name, and to nothing without a description', () => {
    const html = '<title data-rh=true>AWS Other Compute</title><h1 class=hero__title>Page <em>Not</em> Found</h1>';
    expect(pageText(html, SITE)).toEqual({title: 'Page Not Found', description: undefined});
  });

  it('uses the site name when the page has no title of its own and no h1', () => {
    expect(pageText('<title>AWS Other Compute</title>', SITE).title).toBe(SITE);
  });
});

describe('attributesOf', () => {
  it('reads quoted, single-quoted and bare values', () => {
    const attributes = attributesOf(`<meta name=description content="a b" data-x='c d' property=og:image />`);
    expect(Object.fromEntries(attributes)).toEqual({
      name: 'description',
      content: 'a b',
      'data-x': 'c d',
      property: 'og:image',
    });
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#39;x&#x27; &amp;&nbsp;&unknown;')).toBe(
      "<a> 'x' &\u00a0&unknown;".replace('\u00a0', ' '),
    );
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(clip('Short text.', 20)).toBe('Short text.');
    expect(clip('One two three four five six', 16)).toBe('One two three…');
    expect(clip('One two three four five six', 16).length).toBeLessThanOrEqual(16);
  });
});
