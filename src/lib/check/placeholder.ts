/** The scaffold's placeholder marker, and the rule that no published file may still hold it. */
import type { Problem } from './types.ts';

/** The marker `npm run new` writes where a maintainer still has to fill something in. */
export const PLACEHOLDER = 'TODO(cybercbm)';

/** Every line of a file that still holds the scaffold's placeholder marker. */
export function placeholderProblems(file: string, source: string): Problem[] {
  const lines = source.split('\n');
  return lines.flatMap((text, i) =>
    text.includes(PLACEHOLDER)
      ? [
          {
            file,
            line: i + 1,
            field: fieldOnLine(text),
            message: `still has the placeholder ${PLACEHOLDER} from npm run new`,
            expected: 'the real value, from a source',
          },
        ]
      : [],
  );
}

function fieldOnLine(text: string): string {
  return /^\s*-?\s*([A-Za-z][\w]*)\s*:/.exec(text)?.[1] ?? 'body';
}
