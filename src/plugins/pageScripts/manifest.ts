/**
 * The client manifest Docusaurus writes (.docusaurus/client-manifest.json,
 * by react-loadable-ssr-addon) and reads back to list, in each page's HTML,
 * the scripts that page needs.
 */
export type ClientManifest = {
  readonly entrypoints: readonly string[];
  /** What a page reports it rendered, mapped to the chunk ids that hold it. */
  readonly origins: {readonly [origin: string]: readonly (string | number)[]};
  readonly assets: {readonly [chunkId: string]: unknown};
};

/** One named chunk of the client build, and the `import()` requests that create it. */
export type NamedChunk = {
  readonly name: string;
  readonly requests: readonly string[];
};

/**
 * Adds, for every module a page can report, the chunks that hold it.
 *
 * While it renders a page, Docusaurus reports the modules of the page's
 * routes by the path they are imported from (`@theme/DocItem`,
 * `@site/docs/…/lambda.mdx`), and looks those paths up in `origins`. Under
 * webpack 5 and Rspack the addon keys `origins` by chunk name only (the
 * hashed names of `.docusaurus/registry.js`), so no path is found, and every
 * page's HTML lists only the runtime and the main bundle: the bundle then
 * has to run before it can even ask for the page's own chunks. Keying each
 * chunk's `import()` requests to the same chunk ids fixes the lookup.
 *
 * Fails, naming the chunk, if a named chunk is missing from the manifest:
 * the page scripts would silently go missing again.
 */
export function withModuleOrigins(manifest: ClientManifest, chunks: readonly NamedChunk[]): ClientManifest {
  const origins: {[origin: string]: readonly (string | number)[]} = {...manifest.origins};
  for (const {name, requests} of chunks) {
    const ids = manifest.origins[name];
    if (!ids) throw new Error(`client manifest: chunk "${name}" has no entry in "origins"`);
    for (const request of requests) {
      const known = origins[request];
      origins[request] = known ? [...new Set([...known, ...ids])] : ids;
    }
  }
  return {...manifest, origins};
}
