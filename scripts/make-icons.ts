/**
 * Draws the web app icons in static/img/ from the logo. The PNGs are
 * committed; run this again only when static/img/logo.svg changes:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * - icon-192.png and icon-512.png: the logo as it is ("any" purpose).
 * - icon-maskable-512.png: the logo on a full indigo square, shrunk into the
 *   central 80% that launchers keep when they cut an icon into a circle or
 *   a squircle ("maskable" purpose).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {BRAND} from '../src/site/brand';

const IMG_DIR = path.join(__dirname, '..', 'static', 'img');

const logo = readFileSync(path.join(IMG_DIR, 'logo.svg'), 'utf8');
const logoShapes = logo.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${BRAND.indigo}"/>
  <g transform="translate(6.4 6.4) scale(0.8)">${logoShapes}</g>
</svg>`;

function writePng(svg: string, size: number, name: string): void {
  const png = new Resvg(svg, {fitTo: {mode: 'width', value: size}}).render().asPng();
  writeFileSync(path.join(IMG_DIR, name), png);
  console.log(`${name}: ${size}x${size}, ${png.length} bytes`);
}

writePng(logo, 192, 'icon-192.png');
writePng(logo, 512, 'icon-512.png');
writePng(maskable, 512, 'icon-maskable-512.png');
