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

/** A chunk as the bundler's stats describe it (webpack and Rspack agree on these fields). */
export type StatsChunk = {
  readonly names?: readonly string[];
  readonly origins?: readonly {readonly request?: string}[];
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

/**
 * The chunks Docusaurus names after the modules of its routes, each with the
 * one path it is imported from. A chunk shared by several imports (the
 * `common` split chunk, say) has many origins and is no route's own chunk;
 * it reaches a page's list through the route chunks that need it.
 */
export function routeChunks(chunks: readonly StatsChunk[]): NamedChunk[] {
  return chunks.flatMap((chunk) => {
    const name = chunk.names?.[0];
    const requests = [...new Set((chunk.origins ?? []).map((origin) => origin.request).filter(Boolean))] as string[];
    return name && requests.length === 1 ? [{name, requests}] : [];
  });
}
