import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

type IdleCallback = (deadline: IdleDeadline) => void;

/** A window whose idle callbacks run only when the test says so. */
function fakeWindow() {
  const idleCallbacks: IdleCallback[] = [];
  const prefetch = vi.fn<(url: string) => false>(() => false);
  const preload = vi.fn<(url: string) => false>(() => false);
  const window = {
    docusaurus: Object.freeze({prefetch, preload}),
    requestIdleCallback: (callback: IdleCallback) => idleCallbacks.push(callback),
    setTimeout,
  };
  const runIdle = (timeRemaining = 50) => {
    const callback = idleCallbacks.shift();
    callback?.({didTimeout: false, timeRemaining: () => timeRemaining});
    return callback !== undefined;
  };
  return {window, prefetch, preload, runIdle};
}

async function installed(fake: ReturnType<typeof fakeWindow>) {
  vi.stubGlobal('window', fake.window);
  const {default: idlePrefetch} = await import('../idlePrefetch');
  idlePrefetch.onRouteDidUpdate?.({previousLocation: null, location: {} as never});
  return fake.window.docusaurus;
}

describe('idlePrefetch', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('does not prefetch while the page is busy, only once it is idle', async () => {
    const fake = fakeWindow();
    const docusaurus = await installed(fake);
    docusaurus.prefetch('/lambda');
    expect(fake.prefetch).not.toHaveBeenCalled();
    expect(fake.runIdle()).toBe(true);
    expect(fake.prefetch).toHaveBeenCalledWith('/lambda');
  });

  it('prefetches every page it was asked for, in order, across idle slices', async () => {
    const fake = fakeWindow();
    const docusaurus = await installed(fake);
    const routes = ['/docker', '/ecs', '/fargate', '/ecr', '/lambda'];
    for (const route of routes) docusaurus.prefetch(route);
    // No idle time left: each slice still starts one page, so the queue always drains.
    let slices = 0;
    while (fake.runIdle(0)) slices += 1;
    expect(fake.prefetch.mock.calls.map(([url]) => url)).toEqual(routes);
    expect(slices).toBe(routes.length);
  });

  it('keeps preload (hover and navigation) immediate, and installs itself once', async () => {
    const fake = fakeWindow();
    const docusaurus = await installed(fake);
    const {default: idlePrefetch} = await import('../idlePrefetch');
    idlePrefetch.onRouteDidUpdate?.({previousLocation: null, location: {} as never});
    expect(fake.window.docusaurus).toBe(docusaurus);
    docusaurus.preload('/ecs');
    expect(fake.preload).toHaveBeenCalledWith('/ecs');
  });
});
