import {createElement, type CSSProperties, type ReactElement, type ReactNode} from 'react';
import {BRAND} from '../../site/brand';

/**
 * The social preview card: a 1200x630 picture in the site's colours that
 * chat apps and social sites show for a shared link. Satori lays it out from
 * this element tree (flexbox only, every box with several children needs
 * `display: flex`).
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const CARD_COLOURS = {
  background: BRAND.indigo,
  accent: BRAND.amber,
  title: '#ffffff',
  text: '#e8eaf6',
} as const;

export type CardContent = {
  /** The site's name, shown as the card's label. */
  readonly label: string;
  readonly title: string;
  /** The service a topic page is about and its group, e.g. "Amazon Elastic Container Service · Containers". */
  readonly service?: string;
  readonly description?: string;
};

/** Longest description shown: about two lines at the card's text size. */
const DESCRIPTION_MAX = 130;
/** Titles longer than this get a smaller size, to stay within three lines. */
const LONG_TITLE = 38;

/** Cuts text at a word boundary, with an ellipsis, so it fits the lines the card gives it. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function box(style: CSSProperties, ...children: ReactNode[]): ReactElement {
  return createElement('div', {style}, ...children);
}

export function cardElement(content: CardContent, logoDataUri: string): ReactElement {
  const titleSize = content.title.length > LONG_TITLE ? 60 : 76;
  return box(
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: CARD_COLOURS.background,
      fontFamily: 'Inter',
    },
    box({display: 'flex', width: 24, height: '100%', backgroundColor: CARD_COLOURS.accent}),
    box(
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        flexGrow: 1,
        padding: '56px 72px 60px 64px',
      },
      box(
        {display: 'flex', alignItems: 'center'},
        createElement('img', {src: logoDataUri, width: 64, height: 64, alt: ''}),
        box(
          {marginLeft: 22, fontSize: 34, fontWeight: 800, letterSpacing: 0.5, color: CARD_COLOURS.accent},
          content.label,
        ),
      ),
      box(
        {display: 'flex', flexDirection: 'column'},
        box({fontSize: titleSize, fontWeight: 800, lineHeight: 1.1, color: CARD_COLOURS.title}, content.title),
        content.service
          ? box({marginTop: 22, fontSize: 36, fontWeight: 700, color: CARD_COLOURS.accent}, content.service)
          : null,
      ),
      box(
        {fontSize: 30, fontWeight: 400, lineHeight: 1.35, color: CARD_COLOURS.text, minHeight: 81},
        content.description ? clip(content.description, DESCRIPTION_MAX) : '',
      ),
    ),
  );
}
