import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BRAND} from '../brand';

/*
 * Stylesheets, the web app manifest and the logo cannot import TypeScript,
 * so they keep literal copies of the brand colours; these tests keep the
 * copies equal to src/site/brand.ts.
 */

const SITE = path.join(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(SITE, file), 'utf8');

/** The value a stylesheet gives a custom property in the first rule for `selector`. */
function cssVariable(css: string, selector: string, variable: string): string | undefined {
  const rule = css.split(selector)[1]?.split('}')[0] ?? '';
  return new RegExp(`${variable}:\\s*([^;]+);`).exec(rule)?.[1]?.toLowerCase();
}

describe('the brand colours', () => {
  it('are the theme primary in both colour modes (src/css/custom.css)', () => {
    const css = read('src/css/custom.css');
    expect(cssVariable(css, ':root {', '--ifm-color-primary')).toBe(BRAND.primaryLight);
    expect(cssVariable(css, "[data-theme='dark'] {", '--ifm-color-primary')).toBe(BRAND.primaryDark);
  });

  it('outline diagram boxes in both colour modes (src/css/diagrams.css)', () => {
    const css = read('src/css/diagrams.css');
    expect(cssVariable(css, ':root {', '--diagram-node-stroke')).toBe(BRAND.primaryLight);
    expect(cssVariable(css, "[data-theme='dark'] {", '--diagram-node-stroke')).toBe(BRAND.primaryDark);
  });

  it('are the web app manifest’s theme colour (static/manifest.json)', () => {
    const manifest = JSON.parse(read('static/manifest.json')) as {theme_color?: string};
    expect(manifest.theme_color).toBe(BRAND.indigo);
  });

  it.each(['static/img/logo.svg', 'static/img/favicon.svg'])('are the only colours of %s but white', (file) => {
    const colours = new Set([...read(file).matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((m) => m[1]));
    expect([...colours].sort()).toEqual([BRAND.indigo, BRAND.amber, '#ffffff'].sort());
  });
});
