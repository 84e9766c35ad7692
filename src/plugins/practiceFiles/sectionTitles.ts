import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {extractHeadings} from '../../utils/markdown';

/** Markup a heading may hold that is not part of its words: inline code ticks and MDX comments. */
function plainHeading(text: string): string {
  return text
    .replace(/`/g, '')
    .replace(/\{\/\*.*?\*\/\}/g, '')
    .trim();
}

/**
 * The words of every section heading of the docs, by "/route#id", so the
 * coverage page can name the sections an exam task is taught in. The route
 * is the page's `slug`, which every page sets (the content checks insist).
 */
export function sectionTitles(docsDir: string): Map<string, string> {
  const titles = new Map<string, string>();
  const files = readdirSync(docsDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.mdx'));
  for (const file of files) {
    const source = readFileSync(path.join(docsDir, file), 'utf8');
    const slug = /^slug:\s*(\/\S*)\s*$/m.exec(source)?.[1];
    if (!slug) continue;
    for (const heading of extractHeadings(source, 1)) {
      if (heading.id) titles.set(`${slug}#${heading.id}`, plainHeading(heading.text));
    }
  }
  return titles;
}
