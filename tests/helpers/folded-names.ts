/**
 * Every word of the record holding a letter that Pagefind does not fold (ł, ħ, đ…), collected from
 * content/ with the site's own fold table, each with its folded spelling and the pages of the files
 * that hold it: the cases of tests/browser/search-fold.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { foldWord } from '../../src/lib/search-fold.ts';
import { latinFoldTable } from '../../src/lib/search-fold-table.ts';
import { entryOfFile, entryUrl } from '../../src/lib/urls.ts';

export interface FoldedName {
  /** The word as the record spells it: `Łódź`. */
  word: string;
  /** As a reader types it: `Lodz`. */
  folded: string;
  /** The URLs of the entries whose files hold the word. */
  pages: string[];
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );

/** The foldable words of the content under `root` (a checkout), in the order of their first file. */
export function foldedNames(root = '.'): FoldedName[] {
  const table = latinFoldTable();
  const names = new Map<string, FoldedName>();
  for (const file of files(join(root, 'content')).sort()) {
    const entry = entryOfFile(relative(root, file));
    if (!entry) continue;
    const url = entryUrl(entry.collection, entry.id);
    for (const [word] of readFileSync(file, 'utf8').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const folded = foldWord(word, table);
      if (!folded) continue;
      const name = names.get(word) ?? { word, folded, pages: [] };
      if (!name.pages.includes(url)) name.pages.push(url);
      names.set(word, name);
    }
  }
  return [...names.values()];
}
