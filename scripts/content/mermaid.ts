import {JSDOM} from 'jsdom';
import type {Mermaid} from 'mermaid';

let mermaidPromise: Promise<Mermaid> | undefined;

/**
 * Mermaid sanitises labels with DOMPurify, which needs a DOM. A jsdom window
 * is installed before Mermaid is first imported so its parser runs in Node
 * exactly as it would in the browser.
 */
async function loadMermaid(): Promise<Mermaid> {
  if (!mermaidPromise) {
    const globals = globalThis as {window?: unknown};
    globals.window ??= new JSDOM('').window;
    mermaidPromise = import('mermaid').then((module) => module.default);
  }
  return mermaidPromise;
}

/** Parses one diagram; resolves to an error message, or null when it parses. */
export async function mermaidParseError(source: string): Promise<string | null> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
