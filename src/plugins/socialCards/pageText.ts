import {readableText} from '../../utils/readableText';

/**
 * Reads what a social card shows from a built page: the same title and
 * description the reader sees, whichever plugin made the page. The HTML is
 * Docusaurus's own minified output, so a few patterns are enough; attribute
 * values may be quoted or bare.
 */
export type PageText = {
  readonly title: string;
  readonly description: string | undefined;
};

const ENTITIES: {readonly [name: string]: string} = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** An element's text: tags dropped, entities decoded, white space collapsed. */
function textOf(innerHtml: string): string {
  return readableText(decodeEntities(innerHtml.replace(/<[^>]*>/g, '')));
}

/** The attributes of one start tag, e.g. `<meta name=description content="...">`. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-z0-9]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = match[2] ?? '';
    const value = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    attributes.set(name, decodeEntities(value));
  }
  return attributes;
}

/**
 * The page's own title: the document title without the " | Site" suffix,
 * or the first h1 when the title is only the site's name (the 404 page).
 */
export function pageText(html: string, siteTitle: string): PageText {
  const documentTitle = textOf(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const suffix = ` | ${siteTitle}`;
  const ownTitle = documentTitle.endsWith(suffix) ? documentTitle.slice(0, -suffix.length) : documentTitle;
  const heading = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '');
  const title = ownTitle !== '' && ownTitle !== siteTitle ? ownTitle : heading || siteTitle;

  const description = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => attributesOf(match[0]))
    .find((attributes) => attributes.get('name') === 'description')
    ?.get('content');
  return {title, description: description?.trim() || undefined};
}
