/** The field reference for CONTRIBUTING.md, generated from the schemas (never a second hand-kept list). */
import { COLLECTIONS } from '../../schemas/index.ts';
import { fieldRows } from '../../schemas/introspect.ts';

/** The reference as Markdown, one table per collection. */
export function fieldReferenceMarkdown(): string {
  return COLLECTIONS.map((c) => {
    const rows = fieldRows(c).map(
      (r) => `| \`${r.name}\` | ${r.required ? 'yes' : 'no'} | ${r.kind.replace(/\|/g, '\\|')} |`,
    );
    return `### \`${c}\`\n\n| field | required | value |\n|---|---|---|\n${rows.join('\n')}\n`;
  }).join('\n');
}
