/**
 * Checks the content before any build or browser runs: front matter,
 * explicit and unique heading ids, code fences, every Mermaid diagram
 * through Mermaid's own parser, every fact entry, and figures typed by hand
 * where a fact exists. Prints file:line: problem and exits 1 on any problem.
 */
import path from 'node:path';
import {checkDocs, formatProblem} from './content/checks';
import {checkFactData, factTexts} from './content/factData';
import {checkFigures} from './content/figures';

async function main(): Promise<void> {
  const rootDir = path.resolve(__dirname, '..');
  const docsDir = path.join(rootDir, 'docs');
  const problems = [
    ...(await checkDocs(docsDir)),
    ...(await checkFactData(rootDir)),
    ...(await checkFigures(rootDir, factTexts())),
  ];
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`\n${problems.length} content problem(s)`);
    process.exit(1);
  }
  console.log('Content checks passed: pages, facts and figures');
}

void main();
