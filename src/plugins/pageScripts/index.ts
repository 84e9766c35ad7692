import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {type ClientManifest, routeChunks, type StatsChunk, withModuleOrigins} from './manifest';

const NAME = 'page-scripts';

/** The few parts of the bundler's compiler this plugin touches. */
type Compiler = {
  readonly hooks: {
    readonly afterEmit: {tap(name: string, run: (compilation: Compilation) => void): void};
  };
};

type Compilation = {
  getStats(): {toJson(options: object): {readonly chunks?: readonly StatsChunk[]}};
};

/** Rewrites the client manifest once the addon has written it (in `emit`). */
class ClientManifestModuleOrigins {
  constructor(private readonly manifestPath: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap(NAME, (compilation) => {
      const {chunks = []} = compilation.getStats().toJson({all: false, chunks: true, chunkOrigins: true});
      const manifest = JSON.parse(readFileSync(this.manifestPath, 'utf8')) as ClientManifest;
      writeFileSync(this.manifestPath, JSON.stringify(withModuleOrigins(manifest, routeChunks(chunks)), null, 2));
    });
  }
}

/**
 * Lists each page's own chunks in its HTML, beside the runtime and the main
 * bundle (src/site/ssrTemplate.ts starts them all together), by repairing
 * the lookup Docusaurus does for it (see withModuleOrigins).
 *
 * Without them the bundle, once it ran, asked for the page's chunks one
 * `<script>` at a time, inside its own evaluation, and hydrated a network
 * round trip later.
 *
 * Production builds only: the dev server renders no HTML of its own and has
 * no manifest. e2e/pages.spec.ts checks on every page that the bundle
 * requests no chunk of its own while the page hydrates.
 */
export default function pageScriptsPlugin(context: LoadContext): Plugin {
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  return {
    name: NAME,
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      return {plugins: [new ClientManifestModuleOrigins(manifestPath)]};
    },
  };
}
