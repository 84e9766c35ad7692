import {createRequire} from 'node:module';
import type {Root} from 'hast';
import type {RehypeMermaidOptions} from 'rehype-mermaid';
import type {VFile} from 'vfile';

type Transformer = (tree: Root, file: VFile) => Promise<Root | undefined> | Root | undefined;
type RehypeMermaid = (options: RehypeMermaidOptions) => Transformer;

/**
 * Docusaurus loads its config through a CommonJS transpiler (jiti), which
 * cannot carry the import.meta that rehype-mermaid's renderer reads. Node's
 * own require loads the ES module as it is (require(esm), Node 20.19+).
 */
const nodeRequire = createRequire(__filename);

/** rehype-mermaid, loaded on the first page that is compiled. */
export default function rehypeMermaidAtBuild(options: RehypeMermaidOptions): Transformer {
  let transformer: Transformer | undefined;
  return (tree, file) => {
    transformer ??= (nodeRequire('rehype-mermaid') as {default: RehypeMermaid}).default(options);
    return transformer(tree, file);
  };
}
