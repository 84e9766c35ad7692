import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import type {RehypeMermaidOptions} from 'rehype-mermaid';
import {CHROMIUM_ARGS, chromiumExecutable} from '../../../scripts/lib/chromium';

const require = createRequire(__filename);

/**
 * The font diagrams are drawn and read in. Mermaid measures every label in
 * the build's browser; the reader's browser must lay the text out in the
 * same font or labels overflow their boxes, so the site ships it
 * (src/css/diagrams.css declares the same file).
 */
export const DIAGRAM_FONT_CSS = require.resolve('@fontsource/inter/latin-400.css');

/**
 * How the production build draws diagrams: Mermaid itself, in a headless
 * Chromium, through rehype-mermaid. Colours are left to the site's CSS
 * (src/css/diagrams.css), which paints the SVG with theme variables, so one
 * SVG follows the colour-mode toggle without a redraw.
 */
export function diagramRenderOptions(): RehypeMermaidOptions {
  return {
    strategy: 'inline-svg',
    launchOptions: {executablePath: chromiumExecutable(), args: CHROMIUM_ARGS},
    css: pathToFileURL(DIAGRAM_FONT_CSS),
    mermaidConfig: {
      theme: 'base',
      fontFamily: 'Inter, sans-serif',
      flowchart: {htmlLabels: true, curve: 'basis', padding: 12},
    },
  };
}
