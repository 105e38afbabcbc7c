/**
 * The letters search folds on top of Pagefind's own folding: Latin letters that Unicode does not
 * decompose (ł, đ, ħ, ı, ø, ß, æ, œ, þ…), each with its ASCII form from Lucene's
 * ASCIIFoldingFilter (the `fold-to-ascii` package). Pagefind already ignores the accents that
 * canonical decomposition (NFD) takes off a base letter (é, č, ü), so those are left to it, and
 * other scripts (Cyrillic й, Greek) are never folded. The entry pages fold their words with this
 * table and the search page folds the query with the same table, given to it in its HTML, so that
 * the browser does not load Lucene's whole table (src/lib/search-fold.ts).
 */
import ASCIIFolder from 'fold-to-ascii';
import type { FoldTable } from './search-fold.ts';

const ASCII = /^[ -~]*$/;
/**
 * The letters of the Latin-1 Supplement, Latin Extended-A and B, and capital sharp s (ẞ): those of
 * the alphabets of European languages that a reader may type. The rest of Lucene's table (IPA,
 * small capitals, full-width forms) is left out: the search page carries the table in its HTML.
 */
const TYPED = /^[\u00c0-\u024f\u1e9e]$/u;

/** Whether Pagefind's own folding leaves `letter` as it is: a Latin letter whose NFD base is not ASCII. */
function undecomposable(letter: string): boolean {
  if (!TYPED.test(letter) || !/^\p{Script=Latin}$/u.test(letter) || !/^\p{L}$/u.test(letter)) return false;
  return !ASCII.test(letter.normalize('NFD').replace(/\p{M}/gu, ''));
}

let table: FoldTable | undefined;

/** Every typed Latin letter of Lucene's table that Unicode does not decompose, with its ASCII form. */
export function latinFoldTable(): FoldTable {
  table ??= Object.fromEntries(
    [...ASCIIFolder.mapping]
      .map(([code, ascii]) => [String.fromCodePoint(code), ascii] as const)
      .filter(([letter, ascii]) => undecomposable(letter) && ASCII.test(ascii) && ascii !== ''),
  );
  return table;
}
