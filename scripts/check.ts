/**
 * `npm run check [content-dir]`: validates the whole corpus in a second or two, without a
 * build, and prints every problem at once. Exits 1 when there is any.
 */
import { relative, resolve } from 'node:path';
import { formatProblems } from '../src/lib/check/index.ts';
import { checkProject } from '../src/site/content-files.ts';

const contentDir = relative(process.cwd(), resolve(process.argv[2] ?? 'content'));
const started = performance.now();
const { problems, files } = checkProject(process.cwd(), { contentDir });
const ms = Math.round(performance.now() - started);

if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} content files (${ms} ms)`);
  process.exit(1);
}
console.log(`✓ ${files} content files checked: schemas, references, dates, measures, symbols, MDX lint and links (${ms} ms)`);
