/**
 * The absolute address of a section, built from where the page is really
 * served (origin and path as the browser sees them) rather than from the
 * configured site URL, so a copied link works on a preview or a fork too.
 * Any query string is dropped: a shared link should not carry one.
 */
export function sectionUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${encodeURIComponent(id)}`;
}

/** A heading's readable text: what it says, without its "#" link or added buttons. */
export function headingText(heading: Element, ignoreSelector: string): string {
  const copy = heading.cloneNode(true) as Element;
  copy.querySelectorAll(ignoreSelector).forEach((node) => node.remove());
  return (copy.textContent ?? '')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
