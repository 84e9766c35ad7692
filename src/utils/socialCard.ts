/**
 * Where a page's social preview card lives, relative to the base URL. The
 * build plugin writes the card at this path and every page's head points at
 * it, so both sides must agree: they call these two functions.
 *
 * The route mirrors the page path ("/lambda" -> "img/social/lambda.png",
 * "/" -> "img/social/index.png", "/404.html" -> "img/social/404.png"), so two
 * pages can never share a card by accident.
 */
export const SOCIAL_CARD_DIR = 'img/social';

/** A page path under the base URL, reduced to its route: "/base/lambda" -> "lambda". */
export function cardRoute(pathname: string, baseUrl: string): string {
  // "/base" (no trailing slash) is the home page too.
  const inside = `${pathname}/` === baseUrl ? baseUrl : pathname;
  const path = inside.startsWith(baseUrl) ? inside.slice(baseUrl.length) : inside.replace(/^\//, '');
  const route = path
    .replace(/\.html$/, '')
    .replace(/\/index$/, '')
    .replace(/^\/+|\/+$/g, '');
  return route === '' || route === 'index' ? 'index' : route;
}

export function socialCardPath(pathname: string, baseUrl: string): string {
  return `${SOCIAL_CARD_DIR}/${cardRoute(pathname, baseUrl)}.png`;
}
