/**
 * The text of a block's highlighted HTML, for the copy button, so the page
 * ships the code once. Shiki's serializer (hast-util-to-html) escapes `<`
 * and `&` in text as hexadecimal references and writes no other markup
 * than tags, so dropping the tags and reading those references back gives
 * the code exactly (src/plugins/codeBlocks/__tests__ checks it on the site's code).
 */
export function codeText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_reference, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}
