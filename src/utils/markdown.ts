/** A line of a Markdown page, with its line number in the file. */
export type PageLine = {readonly line: number; readonly text: string};

/**
 * The lines of a Markdown body outside fenced code blocks (``` or ~~~, also
 * indented inside lists). A fence closes only on its own marker alone on a
 * line, so a ``` inside a ~~~ block does not end it.
 */
export function proseLines(body: string, firstLine: number): PageLine[] {
  const lines: PageLine[] = [];
  let open: string | undefined;
  body.split('\n').forEach((text, index) => {
    const trimmed = text.trim();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (marker && open === undefined) {
      open = marker;
    } else if (open !== undefined) {
      if (trimmed === open) open = undefined;
    } else {
      lines.push({line: firstLine + index, text});
    }
  });
  return lines;
}

// An ATX heading with an optional id in an MDX comment, as in "## Key facts {/* #limits */}".
const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{\/\*\s*#([\w-]+)\s*\*\/\})?\s*$/;

export type PageHeading = {
  readonly line: number;
  readonly level: number;
  readonly text: string;
  readonly id: string | undefined;
};

/** Headings outside code fences, with their explicit ids. */
export function extractHeadings(body: string, firstLine: number): PageHeading[] {
  const headings: PageHeading[] = [];
  for (const {line, text} of proseLines(body, firstLine)) {
    const match = HEADING.exec(text);
    if (match?.[1] && match[2] !== undefined) {
      headings.push({line, level: match[1].length, text: match[2], id: match[3]});
    }
  }
  return headings;
}

/**
 * `title="handler.ts"` in a code fence's meta line, read as the classic theme
 * reads it: the code-block plugin shows it and the content check accepts it.
 */
export const FENCE_TITLE = /\btitle=(["'])(.*?)\1/;
