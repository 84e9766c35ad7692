/**
 * Checks the docs before any build or browser runs: front matter, explicit
 * and unique heading ids, and every Mermaid diagram through Mermaid's own
 * parser. Prints file:line: problem and exits 1 on any problem.
 */
import path from 'node:path';
import {checkDocs, formatProblem} from './content/checks';

async function main(): Promise<void> {
  const docsDir = path.resolve(process.argv[2] ?? 'docs');
  const problems = await checkDocs(docsDir);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`\n${problems.length} content problem(s) in ${docsDir}`);
    process.exit(1);
  }
  console.log(`Content checks passed for ${docsDir}`);
}

void main();
