/**
 * The site's colours, written once. Code takes them from here: the
 * browser's theme colour (src/pwa/options.ts), the social cards
 * (src/plugins/socialCards) and the app icons (scripts/make-icons.ts).
 * Files that cannot import TypeScript keep literal copies, which
 * src/site/__tests__/brand.test.ts compares with these values: the theme
 * and diagram stylesheets (src/css), the web app manifest and the logo
 * (static/).
 */
export const BRAND = {
  /** Indigo 800: the logo's square, the app icons, the social cards and the browser's theme colour. */
  indigo: '#283593',
  /** Amber 300: the logo's highlight and the social cards' accent. */
  amber: '#ffb74d',
  /** Links and buttons on the light theme (--ifm-color-primary): 4.5:1 or more on white. */
  primaryLight: '#303f9f',
  /** Links and buttons on the dark theme: 4.5:1 or more on its background. */
  primaryDark: '#9fa8da',
} as const;
