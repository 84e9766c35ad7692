/**
 * Text as a reader sees it: zero-width spaces (which MDX can leave in a
 * heading) dropped, runs of white space folded to one space, ends trimmed.
 * One rule for every place that compares or shows a page's words.
 */
export function readableText(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
