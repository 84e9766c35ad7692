import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import satori, {type Font} from 'satori';
import {CARD_HEIGHT, CARD_WIDTH, cardElement, type CardContent} from './card';

/** Satori reads .woff, .ttf and .otf, not .woff2; Inter ships .woff in @fontsource/inter. */
const FONT_FILES = [
  {weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff'},
  {weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff'},
  {weight: 800, file: '@fontsource/inter/files/inter-latin-800-normal.woff'},
] as const;

export type RenderCard = (content: CardContent) => Promise<Buffer>;

/**
 * Loads the fonts and the logo once and returns a function that draws a
 * card as PNG: Satori lays the card out as SVG (text turned into paths),
 * resvg rasterises it at exactly CARD_WIDTH x CARD_HEIGHT.
 */
export async function createCardRenderer(siteDir: string): Promise<RenderCard> {
  // Resolved from the site, so the files are found wherever npm put the package.
  const resolve = createRequire(path.join(siteDir, 'package.json')).resolve;
  const fonts: Font[] = await Promise.all(
    FONT_FILES.map(async ({weight, file}) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(resolve(file)),
    })),
  );
  const logo = await readFile(path.join(siteDir, 'static', 'img', 'logo.svg'));
  const logoDataUri = `data:image/svg+xml;base64,${logo.toString('base64')}`;

  return async (content) => {
    const svg = await satori(cardElement(content, logoDataUri), {width: CARD_WIDTH, height: CARD_HEIGHT, fonts});
    const png = new Resvg(svg, {fitTo: {mode: 'width', value: CARD_WIDTH}}).render().asPng();
    return Buffer.from(png);
  };
}
