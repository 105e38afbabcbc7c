/** The check's problems as text for a terminal or a build log. */
import type { Problem } from './types.ts';

/** One problem per line: `file:line  field  what is wrong (did you mean "x"?)  (expected …)`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** One problem as one line of text. */
export function formatProblem(p: Problem): string {
  const guess = p.didYouMean ? ` (did you mean "${p.didYouMean}"?)` : '';
  return `${p.file}:${p.line}  ${p.field}  ${p.message}${guess}${p.expected ? `  (expected ${p.expected})` : ''}`;
}
