/**
 * The absolute address of a section, built from where the page is really
 * served (origin and path as the browser sees them) rather than from the
 * configured site URL, so a copied link works on a preview or a fork too.
 * Any query string is dropped: a shared link should not carry one.
 */
export function sectionUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${encodeURIComponent(id)}`;
}
