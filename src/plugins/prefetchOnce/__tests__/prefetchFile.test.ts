// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

/** Idle callbacks wait until the test runs them. */
const idleCallbacks: IdleRequestCallback[] = [];
const runIdle = () => idleCallbacks.shift()?.({didTimeout: false, timeRemaining: () => 50});
const runAllIdle = () => {
  while (idleCallbacks.length > 0) runIdle();
};

async function freshHelper() {
  vi.resetModules();
  return (await import('../prefetchFile')).default;
}

const prefetchLinks = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'));
const paths = (links: HTMLLinkElement[]) => links.map((link) => new URL(link.href).pathname);

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  idleCallbacks.length = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idleCallbacks.push(callback));
  // jsdom cannot check a rel list; the helper is about links, so say the browser can.
  vi.spyOn(DOMTokenList.prototype, 'supports').mockReturnValue(true);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('prefetchFile', () => {
  it('adds one prefetch link per file, however often and however spelt it is asked for', async () => {
    const prefetchFile = await freshHelper();
    void prefetchFile('/aws-other-compute/assets/js/lambda.js');
    void prefetchFile('/aws-other-compute/assets/js/lambda.js');
    void prefetchFile(new URL('/aws-other-compute/assets/js/lambda.js', document.baseURI).href);
    void prefetchFile('/aws-other-compute/assets/js/ecs.js');
    runAllIdle();
    expect(paths(prefetchLinks())).toEqual([
      '/aws-other-compute/assets/js/lambda.js',
      '/aws-other-compute/assets/js/ecs.js',
    ]);
  });

  it('adds the links in idle time, one per idle moment', async () => {
    const prefetchFile = await freshHelper();
    for (const name of ['a', 'b', 'c']) void prefetchFile(`/aws-other-compute/assets/js/${name}.js`);
    expect(prefetchLinks()).toEqual([]);
    runIdle();
    expect(paths(prefetchLinks())).toEqual(['/aws-other-compute/assets/js/a.js']);
    runIdle();
    expect(prefetchLinks()).toHaveLength(2);
    runIdle();
    expect(prefetchLinks()).toHaveLength(3);
    expect(idleCallbacks).toEqual([]);
    // A file asked for later starts the idle work again.
    void prefetchFile('/aws-other-compute/assets/js/d.js');
    runIdle();
    expect(prefetchLinks()).toHaveLength(4);
  });

  it('does not prefetch a file the page already loaded as a script', async () => {
    const script = document.createElement('script');
    script.src = '/aws-other-compute/assets/js/main.js';
    document.body.append(script);
    const prefetchFile = await freshHelper();
    await prefetchFile('/aws-other-compute/assets/js/main.js');
    runAllIdle();
    expect(prefetchLinks()).toEqual([]);
  });

  it('resolves once the file is fetched, and also when fetching fails', async () => {
    const prefetchFile = await freshHelper();
    const loaded = prefetchFile('/aws-other-compute/assets/js/a.js');
    const failed = prefetchFile('/aws-other-compute/assets/js/b.js');
    runAllIdle();
    const [a, b] = prefetchLinks();
    a?.dispatchEvent(new Event('load'));
    b?.dispatchEvent(new Event('error'));
    await expect(loaded).resolves.toBeUndefined();
    await expect(failed).resolves.toBeUndefined();
  });

  it('falls back to a plain request where links cannot prefetch', async () => {
    vi.mocked(DOMTokenList.prototype.supports).mockReturnValue(false);
    const fetchSpy = vi.fn(() => Promise.resolve(new Response('')));
    vi.stubGlobal('fetch', fetchSpy);
    const prefetchFile = await freshHelper();
    const done = prefetchFile('/aws-other-compute/assets/js/a.js');
    void prefetchFile('/aws-other-compute/assets/js/a.js');
    runAllIdle();
    await done;
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(prefetchLinks()).toEqual([]);
  });
});
