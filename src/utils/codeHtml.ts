/*
 * Code blocks are highlighted at build time into an HTML string (see
 * src/plugins/codeHighlighting). These two functions are the two ends of
 * that string: the build escapes the code's text into it, and the browser
 * reads the text back out for the copy button, so the page ships the code
 * once instead of twice.
 */

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};
const UNESCAPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ESCAPES).map(([character, entity]) => [entity, character]),
);

/** Text made safe to place between tags or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

/** The text of highlighted code: its tags dropped, and the entities escapeHtml wrote turned back. */
export function codeTextOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot);/g, (entity) => UNESCAPES[entity] ?? entity);
}
