import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {buildFileFor} from './buildFiles';

/*
 * Published anchors: the heading ids people have shared links to. A page
 * route ("/lambda", "/" for the home page) maps to the ids of the headings
 * in its article. Ids may be added; one that disappears breaks a link
 * somebody pasted into a chat, so the suite refuses that.
 */

export type AnchorList = {readonly [route: string]: readonly string[]};

/** A published link that the build no longer serves: the whole page, or one id on it. */
export type LostAnchor = {
  readonly route: string;
  readonly id?: string;
};

const HEADING_SELECTOR = ['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => `article ${tag}[id]`).join(', ');

/**
 * Ids made by React's useId (":r1:", "«r1»", "_R_abc_"), which interactive
 * components give their own headings. They change whenever the component
 * tree does, so nobody can keep a link to them and they are not published.
 */
const REACT_GENERATED_ID = /^[:«_][rR][\w-]*[:»_]$/;

/** The ids of the headings inside the page's article, sorted (order does not matter to a link). */
export function headingIds(html: string): string[] {
  const {document} = new JSDOM(html).window;
  const ids = [...document.querySelectorAll(HEADING_SELECTOR)]
    .map((heading) => heading.id)
    .filter((id) => !REACT_GENERATED_ID.test(id));
  return [...new Set(ids)].sort();
}

/** Route key of a sitemap route: "" -> "/", "lambda" -> "/lambda". */
export function routeKey(route: string): string {
  return `/${route}`;
}

/** The anchors of the given routes in a build, or undefined for a route with no built page. */
export function builtAnchors(buildDir: string, basePath: string, routes: readonly string[]): AnchorList {
  const anchors: {[route: string]: string[]} = {};
  for (const route of routes) {
    const file = buildFileFor(buildDir, basePath, `${basePath}${route}`);
    if (file) anchors[routeKey(route)] = headingIds(readFileSync(file, 'utf8'));
  }
  return anchors;
}

/** Every published page or id that is missing from the build. */
export function lostAnchors(published: AnchorList, built: AnchorList): LostAnchor[] {
  const lost: LostAnchor[] = [];
  for (const [route, ids] of Object.entries(published)) {
    const builtIds = built[route];
    if (builtIds === undefined) {
      lost.push({route});
      continue;
    }
    for (const id of ids) if (!builtIds.includes(id)) lost.push({route, id});
  }
  return lost;
}

export function describeLost({route, id}: LostAnchor): string {
  return id === undefined
    ? `page ${route} is no longer built (it had published links)`
    : `${route}#${id}: page ${route} has no heading with id "${id}" any more`;
}

/** A list in a stable order: routes sorted, ids sorted, so regenerating it gives small diffs. */
export function sortedAnchors(anchors: AnchorList): AnchorList {
  return Object.fromEntries(
    Object.keys(anchors)
      .sort()
      .map((route) => [route, [...(anchors[route] ?? [])].sort()]),
  );
}

/** Checks that parsed JSON is an AnchorList, so a hand edit that breaks its shape fails loudly. */
export function parseAnchorList(json: unknown, source: string): AnchorList {
  const isList =
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Object.entries(json).every(
      ([route, ids]) =>
        route.startsWith('/') && Array.isArray(ids) && ids.every((id: unknown) => typeof id === 'string' && id !== ''),
    );
  if (!isList) throw new Error(`${source} must map page routes ("/lambda") to lists of heading ids`);
  return json as AnchorList;
}
