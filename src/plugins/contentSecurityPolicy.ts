import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import fg from 'fast-glob';

/*
 * GitHub Pages cannot send headers, so the policy travels in a <meta> tag.
 * Scripts: only files from this site plus the exact inline scripts
 * Docusaurus writes (the colour-mode bootstrap), allowed by their SHA-256
 * hash, never by 'unsafe-inline'. Styles keep 'unsafe-inline' because
 * React style props and Mermaid's SVG <style> elements need it.
 */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Inline scripts that run: no src and no non-JavaScript type (JSON-LD is data). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype=["']?application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;

export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map((match) => match[1] ?? '')
    .filter((script) => script.trim() !== '')
    .map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [...BASE_DIRECTIVES, ["script-src 'self'", ...new Set(hashes)].join(' ')].join('; ');
}

/** Puts the policy first in <head>, so it covers every script after it. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const withPolicy = html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
  if (withPolicy === html) throw new Error('No <head> to put the Content-Security-Policy in');
  return withPolicy;
}

export default function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({outDir}) {
      const files = await fg('**/*.html', {cwd: outDir, absolute: true});
      await Promise.all(
        files.map(async (file) => {
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, withContentSecurityPolicy(html));
          } catch (error) {
            throw new Error(`${path.relative(outDir, file)}: ${(error as Error).message}`);
          }
        }),
      );
    },
  };
}
