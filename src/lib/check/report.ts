/**
 * The check's problems for the places a maintainer looks: a terminal or build log (text),
 * a pull request's lines (GitHub workflow annotations), the job's summary page (Markdown),
 * and other tools (JSON).
 */
import type { Problem } from './types.ts';

/** One problem per line: `file:line  field  what is wrong (did you mean "x"?)  (expected …)`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** One problem as one line of text. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field}  ${sentence(p)}`;
}

/** What is wrong, the guess and the expectation, in one sentence. */
function sentence(p: Problem): string {
  const guess = p.didYouMean ? ` (did you mean "${p.didYouMean}"?)` : '';
  return `${p.message}${guess}${p.expected ? `  (expected ${p.expected})` : ''}`;
}

/**
 * GitHub workflow commands, one `::error file=…,line=…,title=…::…` line per problem, so that each
 * problem shows on its line in the pull request's changed files.
 */
export function githubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `::error file=${property(p.file)},line=${p.line},title=${property(`${p.field}: content check`)}::${data(sentence(p))}`,
    )
    .join('\n');
}

// Escaping as the Actions runner reads workflow commands: the message may hold %, CR and LF;
// property values also ":" and ",".
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A changed content file and the site path of its page (undefined when the file makes no page). */
export interface ChangedPage {
  file: string;
  url?: string;
}

/**
 * The job summary in Markdown: the problems as a table (or that there are none), then each
 * content file the pull request changed with the path of its page in the built site.
 */
export function jobSummary(problems: readonly Problem[], files: number, changed: readonly ChangedPage[] = []): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = problems.length
    ? [
        `## Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
        '',
        '| file | field | problem | expected |',
        '|---|---|---|---|',
        ...problems.map(
          (p) =>
            `| \`${cell(p.file)}:${p.line}\` | \`${cell(p.field)}\` | ${cell(p.message)}${p.didYouMean ? ` (did you mean \`${cell(p.didYouMean)}\`?)` : ''} | ${cell(p.expected ?? '')} |`,
        ),
      ]
    : [`## Content check: ${files} files, no problems`];
  if (changed.length) {
    lines.push(
      '',
      '### Pages of the content files this pull request changes',
      '',
      'Open them in the `site` artefact of this run (its `index.html` in each folder).',
      '',
    );
    for (const c of changed)
      lines.push(`- \`${c.file}\` → ${c.url ? `\`${c.url}\`` : 'no page (not an entry file, or deleted)'}`);
  }
  return `${lines.join('\n')}\n`;
}
