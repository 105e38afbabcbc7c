/**
 * Folding for search, beyond Pagefind's: a word holding a Latin letter that Unicode does not
 * decompose ("Łódź", "Mellieħa", "Szczygieł") is also indexed in its ASCII form ("Lodz",
 * "Mellieha", "Szczygiel"), as meta of body weight, and the query is folded the same way, so that
 * a reader typing ASCII finds it. The table comes from src/lib/search-fold-table.ts. The browser
 * folds the query with the same rule in src/client/search/fold.ts (its scripts import only types
 * from the model); tests/unit/search-fold.test.ts holds the two to the same answers.
 */

/** Letter → ASCII form, for the letters Pagefind does not fold itself. */
export type FoldTable = Readonly<Record<string, string>>;

/** A word as Pagefind splits text: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const patterns = new WeakMap<FoldTable, RegExp>();

/**
 * One pattern for "holds a letter of `table`", made once per table: most texts hold none, and one
 * test of the whole text is far cheaper than looking at each of its words letter by letter.
 */
function anyLetterOf(table: FoldTable): RegExp {
  let pattern = patterns.get(table);
  if (!pattern) {
    const letters = Object.keys(table).filter((k) => [...k].length === 1);
    const escaped = letters.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    patterns.set(table, (pattern = new RegExp(`[${escaped}]`, 'u')));
  }
  return pattern;
}

/**
 * The ASCII form of `word` if it holds a letter of `table` (its other accents taken off too, as
 * Pagefind takes them off), or undefined: words Pagefind already folds, or that have no
 * such letter (Cyrillic, Greek), are not folded.
 */
export function foldWord(word: string, table: FoldTable): string | undefined {
  if (!anyLetterOf(table).test(word)) return undefined;
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return [...bare].map((c) => table[c] ?? c).join('');
}

/**
 * The folded forms of the words of `texts` that need one, in order, once per use of the word: the
 * folded spelling then counts in ranking as often as the real one does (a page naming Mellieħa
 * three times above one that names it once).
 */
export function foldedForms(texts: readonly string[], table: FoldTable): string[] {
  const forms: string[] = [];
  const any = anyLetterOf(table);
  for (const text of texts) {
    if (!any.test(text)) continue;
    for (const [word] of text.matchAll(WORD)) {
      const folded = foldWord(word, table);
      if (folded) forms.push(folded);
    }
  }
  return forms;
}
