/** The accessible title and description written in a Mermaid diagram's source. */
export type DiagramText = {
  readonly title: string;
  readonly description: string;
};

/**
 * Reads `accTitle: ...` and `accDescr: ...` (or a multi-line
 * `accDescr { ... }`) from Mermaid source, so the page can show the same
 * text before the diagram renders or when JavaScript is off.
 */
export function diagramText(source: string): DiagramText {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? '';
  const singleLine = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = (singleLine ?? block ?? '').replace(/\s+/g, ' ').trim();
  return {title, description};
}
