/**
 * `npm run check [-- --json] [content-dir]`: validates the whole corpus in a second or two,
 * without a build, and prints every problem at once. Exits 1 when there is any.
 *
 * --json            prints `{ files, problems: [{ file, line, field, message, expected, didYouMean }] }`
 * GITHUB_ACTIONS    (set by GitHub Actions) also prints one `::error` workflow command per problem,
 *                   so each sits on its line in the pull request
 * GITHUB_STEP_SUMMARY  (set by GitHub Actions) gets a summary: the problems, and the page of each
 *                   content file the pull request changed against its base (GITHUB_BASE_REF)
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/check/index.ts';
import { pageOfFile } from '../src/lib/check/pages.ts';
import { githubAnnotations, jobSummary } from '../src/lib/check/report.ts';
import { checkProject, writeEditorSchemas } from '../src/adapter/content-files.ts';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const contentDir = relative(process.cwd(), resolve(positionals[0] ?? 'content'));
const started = performance.now();
const { problems, files, translations, stale } = checkProject(process.cwd(), { contentDir });
const ms = Math.round(performance.now() - started);
// Keep the editor's front-matter help in step with the schemas and the files (CONTRIBUTING.md).
writeEditorSchemas(process.cwd(), contentDir);

if (process.env['GITHUB_ACTIONS'] === 'true' && problems.length) console.log(githubAnnotations(problems));
const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
if (summaryFile) {
  const changed = changedFiles(process.env['GITHUB_BASE_REF']).filter((f) => f.startsWith(`${contentDir}/`));
  appendFileSync(
    summaryFile,
    jobSummary(
      problems,
      files,
      changed.map((file) => ({ file, url: pageOfFile(file, contentDir) })),
    ),
  );
}

if (values.json) {
  console.log(JSON.stringify({ files, problems, stale }, null, 2));
  process.exit(problems.length ? 1 : 0);
}
// A translation made from an older original is reported, not failed: the page says so too.
for (const s of stale)
  console.warn(
    `! ${s.file}: the original ${s.original} has changed since this translation was made (translatedFrom ${s.translatedFrom}, now ${s.current}); update it and run \`npm run new -- translation --restamp ${s.file}\``,
  );
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} content files and ${translations} translations (${ms} ms)`,
  );
  process.exit(1);
}
console.log(
  `✓ ${files} content files and ${translations} translations checked: schemas, references, dates, measures, symbols, MDX lint, links and translations (${ms} ms)`,
);

/** Files added, changed or renamed since the pull request's base branch; none outside a pull request. */
function changedFiles(base: string | undefined): string[] {
  if (!base) return [];
  try {
    return execFileSync('git', ['diff', '--name-only', '--diff-filter=AMR', `origin/${base}...HEAD`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}
