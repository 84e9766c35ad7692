import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {whenQuiet} from './whenQuiet';

/*
 * Registers the service worker that keeps the offline copy, once the page
 * has finished its own work (set as the PWA plugin's `swRegister`).
 *
 * Registering installs the worker, and installing downloads the whole
 * built site: every page, every script and the search index. The plugin
 * registers at the `load` event, so on a reader's first visit that download
 * and its caching ran while the page was still hydrating and drawing its
 * diagrams. On the lab page under Lighthouse's phone profile it added about
 * 400 ms of main-thread blocking.
 *
 * A reader who already has the worker gets the plugin's registration at
 * once: it only checks for a new version, and the reload prompt for a new
 * deployment should not wait. A first visit waits until the page has
 * settled: an idle main thread a second after its last long task (a
 * diagram drawing, say), or ten seconds at most (./whenQuiet.ts).
 */

function registerServiceWorker(): void {
  // The plugin's own registration (offline-mode checks, Workbox, reload prompt), loaded when needed.
  void import('@docusaurus/plugin-pwa/lib/registerSw.js');
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (navigator.serviceWorker.controller) {
    registerServiceWorker();
  } else {
    let lastLongTaskEnd: number | undefined;
    if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) lastLongTaskEnd = task.startTime + task.duration;
      }).observe({type: 'longtask', buffered: true});
    }
    const scheduleRegistration = () =>
      whenQuiet(registerServiceWorker, {
        requestIdleCallback: window.requestIdleCallback?.bind(window),
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        now: () => performance.now(),
        lastLongTaskEnd: () => lastLongTaskEnd,
      });
    if (document.readyState === 'complete') scheduleRegistration();
    else window.addEventListener('load', scheduleRegistration, {once: true});
  }
}
