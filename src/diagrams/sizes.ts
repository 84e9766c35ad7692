import measured from './sizes.json';

/** A rendered diagram's natural size in CSS pixels, as Mermaid draws it. */
export type DiagramSize = {
  readonly width: number;
  readonly height: number;
};

const SIZES: Readonly<Record<string, DiagramSize>> = measured;

/**
 * A short, stable key for a diagram's source (32-bit FNV-1a, hex). Sizes
 * are stored by this key, so editing a diagram drops its stale size.
 */
export function diagramKey(source: string): string {
  let hash = 0x811c9dc5;
  for (const char of source.trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The measured size of a diagram, if `npm run diagrams:measure` has seen it. */
export function diagramSize(source: string): DiagramSize | undefined {
  return SIZES[diagramKey(source)];
}
