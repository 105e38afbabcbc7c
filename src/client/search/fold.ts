// The query folded as the build folded the pages' words (src/lib/search-fold.ts, the same rule:
// the browser's scripts import only types from the model, and tests/unit/search-fold.test.ts holds
// the two to the same answers), with the table the search page carries in its HTML.
import type { FoldTable } from '../../lib/search-fold.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The query given to Pagefind: as typed, with the folded form of each word that has one after it
 * ("Łódź 2022" → "Łódź Lodz 2022"). Every page that holds the real word also holds its folded
 * form, so the results are those of either spelling, and excerpts still mark the real one.
 */
export function foldQuery(query: string, table: FoldTable): string {
  return query.replace(WORD, (word) => {
    if (![...word].some((c) => c in table)) return word;
    const bare = word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    return `${word} ${[...bare].map((c) => table[c] ?? c).join('')}`;
  });
}
