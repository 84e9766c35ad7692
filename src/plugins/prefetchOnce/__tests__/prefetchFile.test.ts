// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

async function freshHelper() {
  vi.resetModules();
  return (await import('../prefetchFile')).default;
}

const prefetchLinks = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'));

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
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
    expect(prefetchLinks().map((link) => new URL(link.href).pathname)).toEqual([
      '/aws-other-compute/assets/js/lambda.js',
      '/aws-other-compute/assets/js/ecs.js',
    ]);
  });

  it('does not prefetch a file the page already loaded as a script', async () => {
    const script = document.createElement('script');
    script.src = '/aws-other-compute/assets/js/main.js';
    document.body.append(script);
    const prefetchFile = await freshHelper();
    await prefetchFile('/aws-other-compute/assets/js/main.js');
    expect(prefetchLinks()).toEqual([]);
  });

  it('resolves once the file is fetched, and also when fetching fails', async () => {
    const prefetchFile = await freshHelper();
    const loaded = prefetchFile('/aws-other-compute/assets/js/a.js');
    const failed = prefetchFile('/aws-other-compute/assets/js/b.js');
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
    await prefetchFile('/aws-other-compute/assets/js/a.js');
    await prefetchFile('/aws-other-compute/assets/js/a.js');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(prefetchLinks()).toEqual([]);
  });
});
