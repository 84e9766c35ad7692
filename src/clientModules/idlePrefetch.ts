import type {ClientModule} from '@docusaurus/types';
import {whenIdle} from '../utils/whenIdle';

/*
 * Docusaurus prefetches the chunks of every page that a visible link points
 * to, the moment that link is first seen. Right after hydration that is
 * every link on screen at once: on the cheat sheet, one task of about 55 ms
 * (four times that on a phone-speed CPU) adding <link rel="prefetch">
 * elements, just when a reader may first tap or scroll. This module keeps
 * the prefetching and only moves it to idle time, a few pages per slice.
 */

type Prefetch = Window['docusaurus']['prefetch'];

const pending: string[] = [];
let prefetchNow: Prefetch | null = null;
let draining = false;

/**
 * Main-thread time one slice may take. Kept short because Lighthouse and
 * phones multiply it: a task counts as blocking from 50 ms at 4x slowdown.
 */
const SLICE_MS = 6;

function drain(deadline?: IdleDeadline): void {
  const sliceEnd = performance.now() + Math.min(SLICE_MS, deadline?.timeRemaining() ?? SLICE_MS);
  do {
    const url = pending.shift();
    if (url !== undefined) prefetchNow?.(url);
  } while (pending.length > 0 && performance.now() < sliceEnd);
  if (pending.length > 0) whenIdle(drain);
  else draining = false;
}

function deferPrefetching(): void {
  if (prefetchNow) return;
  const {docusaurus} = window;
  prefetchNow = docusaurus.prefetch;
  // The object Docusaurus puts on window is frozen, so it is replaced, not edited.
  window.docusaurus = {
    ...docusaurus,
    prefetch(url) {
      pending.push(url);
      if (!draining) {
        draining = true;
        whenIdle(drain);
      }
      return false;
    },
  };
}

const idlePrefetch: ClientModule = {
  // Runs in the layout effect of the first render, before any link can be seen.
  onRouteDidUpdate: deferPrefetching,
};

export default idlePrefetch;
