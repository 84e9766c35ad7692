import {describe, expect, it} from 'vitest';
import {DEFAULT_BASE_URL, DEFAULT_SITE_URL, basePathFromEnv, siteUrlFromEnv} from '../address';

describe('the site address', () => {
  it('falls back to the defaults when the workflow passes nothing or an empty value', () => {
    expect(siteUrlFromEnv({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFromEnv({SITE_URL: ''})).toBe(DEFAULT_SITE_URL);
    expect(basePathFromEnv({BASE_URL: ''})).toBe(DEFAULT_BASE_URL);
  });

  it('writes the base path with one slash at each end', () => {
    expect(basePathFromEnv({BASE_URL: 'fork-name'})).toBe('/fork-name/');
    expect(basePathFromEnv({BASE_URL: '/fork-name/'})).toBe('/fork-name/');
    expect(basePathFromEnv({BASE_URL: '/'})).toBe('/');
  });
});
