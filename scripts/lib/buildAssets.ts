import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {buildFileFor} from './buildFiles';
import {COMPILE_HINT} from '../../src/plugins/compileHints';

/*
 * Byte counts taken from the built files rather than from the network, so
 * budgets are the same on every run and every machine.
 */

/** Strings found only in Mermaid's own code (its API and parser stack), not in the SVG it draws. */
const MERMAID_MARKERS = /chevrotain|langium|mermaidAPI/;
/**
 * Found only in a syntax highlighter's code: a call in Prism's core (grammar
 * cloning), or the name of Shiki's error class. Code blocks are highlighted
 * at build time, so no page should load either.
 */
const HIGHLIGHTER_MARKERS = /\.languages\.DFS\(|ShikiError/;

/**
 * What a page itself loads to run: its document, scripts and styles, as
 * Playwright names resource types. Chunks Docusaurus prefetches in idle time
 * for the pages it links to are the next page's cost, not this one's.
 */
export function isPageOwnResource(resourceType: string): boolean {
  return resourceType === 'document' || resourceType === 'script' || resourceType === 'stylesheet';
}

export type AssetKind = 'html' | 'css' | 'js' | 'other';

export function assetKind(file: string): AssetKind {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.js')) return 'js';
  return 'other';
}

const gzipCache = new Map<string, number>();

/** Size of a build file after gzip at level 6, the level web servers use by default. */
export function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), {level: 6}).length;
    gzipCache.set(file, size);
  }
  return size;
}

const markerCache = new Map<string, boolean>();

function jsContains(file: string, markers: RegExp): boolean {
  const key = `${markers.source} ${file}`;
  let result = markerCache.get(key);
  if (result === undefined) {
    result = file.endsWith('.js') && markers.test(readFileSync(file, 'utf8'));
    markerCache.set(key, result);
  }
  return result;
}

export const isMermaidCode = (file: string): boolean => jsContains(file, MERMAID_MARKERS);
export const isHighlighterCode = (file: string): boolean => jsContains(file, HIGHLIGHTER_MARKERS);

/** V8's compile hint as the whole first line of a script (src/plugins/compileHints). */
const COMPILE_HINT_FIRST_LINE = new RegExp(`^${COMPILE_HINT}\n`);
export const hasCompileHint = (file: string): boolean => jsContains(file, COMPILE_HINT_FIRST_LINE);

export type PageWeight = {
  readonly requests: number;
  readonly gzip: Readonly<Record<AssetKind, number>>;
  readonly mermaidLoaded: boolean;
  /** Whether Prism or Shiki code loaded; no page needs either. */
  readonly highlighterLoaded: boolean;
  /** Scripts the page loaded that lack the compile hint, by URL path. */
  readonly scriptsWithoutCompileHint: readonly string[];
};

/** Adds up what a page requested, by kind, in gzip bytes of the build files. */
export function weighPage(buildDir: string, basePath: string, urlPaths: readonly string[]): PageWeight {
  const gzip: Record<AssetKind, number> = {html: 0, css: 0, js: 0, other: 0};
  let mermaidLoaded = false;
  let highlighterLoaded = false;
  const scriptsWithoutCompileHint: string[] = [];
  const unique = [...new Set(urlPaths)];
  for (const urlPath of unique) {
    const file = buildFileFor(buildDir, basePath, urlPath);
    if (!file) continue;
    gzip[assetKind(file)] += gzipBytes(file);
    mermaidLoaded ||= isMermaidCode(file);
    highlighterLoaded ||= isHighlighterCode(file);
    if (assetKind(file) === 'js' && !hasCompileHint(file)) scriptsWithoutCompileHint.push(urlPath);
  }
  return {requests: unique.length, gzip, mermaidLoaded, highlighterLoaded, scriptsWithoutCompileHint};
}
