import {whenIdle} from '../../utils/whenIdle';

/*
 * Stands in for Docusaurus's prefetch helper (@docusaurus/core/lib/client/
 * prefetch.js, swapped by ./index.ts). Asked to prefetch a route, Docusaurus
 * calls the helper once for every chunk of the route and of the routes
 * around it, and the helper adds a <link rel="prefetch"> each time, with no
 * memory of what it already asked for. Lessons share most of their chunks
 * (the docs layout, the sidebar), so the search page, whose links all lead
 * to lessons, added 216 links for 19 files, every one a DOM change and a
 * request while the page was still settling. This helper asks for each file
 * once, and not at all for one the page already loaded as a script; and it
 * adds one link per idle moment, because one route's files asked for at
 * once made a task too long for a phone-speed CPU.
 */

/** Files asked for in this page's life: the page's own scripts and every prefetch so far. */
const requested = new Set<string>();
let scriptsCounted = false;

const absolute = (url: string) => new URL(url, document.baseURI).href;

function countPageScripts(): void {
  if (scriptsCounted) return;
  scriptsCounted = true;
  for (const script of Array.from(document.scripts)) if (script.src) requested.add(absolute(script.src));
}

function linkPrefetch(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`prefetch failed: ${url}`));
    document.head.appendChild(link);
  });
}

/** Where a link cannot prefetch, a plain request warms the HTTP cache instead (as Docusaurus does). */
async function fetchPrefetch(url: string): Promise<void> {
  await fetch(url, {credentials: 'same-origin'});
}

/** Checked once, at the first prefetch (as Docusaurus's helper checks once), not for every file. */
let linkPrefetchSupported: boolean | undefined;

function supportsLinkPrefetch(): boolean {
  if (linkPrefetchSupported === undefined) {
    try {
      linkPrefetchSupported = document.createElement('link').relList.supports('prefetch');
    } catch {
      // Older engines throw for a rel list they cannot check.
      linkPrefetchSupported = false;
    }
  }
  return linkPrefetchSupported;
}

/** Prefetches started one per idle moment, oldest first. */
const waiting: Array<() => void> = [];
let idleScheduled = false;

function startNextWhenIdle(): void {
  idleScheduled = true;
  whenIdle(() => {
    waiting.shift()?.();
    if (waiting.length > 0) startNextWhenIdle();
    else idleScheduled = false;
  });
}

function inIdleTime(start: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(() => {
      start().then(resolve, () => resolve());
    });
    if (!idleScheduled) startNextWhenIdle();
  });
}

/** Same contract as Docusaurus's helper: resolves once fetched, or once fetching failed (a prefetch is only a hint). */
export default function prefetchFile(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  countPageScripts();
  const key = absolute(url);
  if (requested.has(key)) return Promise.resolve();
  requested.add(key);
  return inIdleTime(() => (supportsLinkPrefetch() ? linkPrefetch(url) : fetchPrefetch(url)));
}
