import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedForms, foldWord } from '../../src/lib/search-fold.ts';
import { latinFoldTable } from '../../src/lib/search-fold-table.ts';
import { foldQuery } from '../../src/client/search/fold.ts';

const table = latinFoldTable();

describe('the fold table', () => {
  it("holds the Latin letters Unicode does not decompose, with Lucene's ASCII forms", () => {
    expect(table).toMatchObject({
      ł: 'l',
      Ł: 'L',
      đ: 'd',
      Đ: 'D',
      ħ: 'h',
      ı: 'i',
      ø: 'o',
      ß: 'ss',
      æ: 'ae',
      œ: 'oe',
      þ: 'th',
    });
  });

  it('leaves out what Pagefind folds itself, other scripts, and whatever is not a letter', () => {
    for (const c of ['é', 'č', 'ü', 'ó', 'ź', 'й', 'ё', 'α', '–', '“', '©', '½', 'a'])
      expect(table[c], c).toBeUndefined();
    for (const [letter, ascii] of Object.entries(table)) {
      expect(letter, ascii).toMatch(/^\p{Script=Latin}$/u);
      expect(ascii, letter).toMatch(/^[A-Za-z]+$/);
    }
  });
});

describe('folding a word', () => {
  it('gives the ASCII form of a word with such a letter, its other accents off too', () => {
    expect(foldWord('Łódź', table)).toBe('Lodz');
    expect(foldWord('Mellieħa', table)).toBe('Mellieha');
    expect(foldWord('Szczygieł', table)).toBe('Szczygiel');
    expect(foldWord('Đorđe', table)).toBe('Dorde');
    expect(foldWord('Straße', table)).toBe('Strasse');
    expect(foldWord('Ærøskøbing', table)).toBe('AEroskobing');
    expect(foldWord('Diyarbakır', table)).toBe('Diyarbakir');
  });

  it('leaves words Pagefind folds, ASCII words and other scripts alone', () => {
    for (const w of ['Bratislava', 'Škoda', 'café', 'Zürich', 'Ljubljana', 'Йошкар', 'Київ', 'Αθήνα', '1202'])
      expect(foldWord(w, table), w).toBeUndefined();
  });

  it("lists a text's folded forms in order, once per use, so that they count as often as the real words", () => {
    expect(foldedForms(['Łódź and Łodzi; the Łódź meeting', 'Mellieħa (Malta), Київ'], table)).toEqual([
      'Lodz',
      'Lodzi',
      'Lodz',
      'Mellieha',
    ]);
    expect(foldedForms(['No letter to fold: Zürich, Škoda, Київ'], table)).toEqual([]);
  });
});

describe("the search page's query", () => {
  it('keeps the words as typed and adds the folded form after each that has one', () => {
    expect(foldQuery('Łódź 2022', table)).toBe('Łódź Lodz 2022');
    expect(foldQuery('Lodz 2022', table)).toBe('Lodz 2022');
    expect(foldQuery('Київ Zürich', table)).toBe('Київ Zürich');
    expect(foldQuery('PC.DEC/1202', table)).toBe('PC.DEC/1202');
  });

  it("folds every word of the record as the pages' words are folded", () => {
    const words = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.mdx'))
          for (const [w] of readFileSync(join(dir, e.name), 'utf8').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) words.add(w);
      }
    };
    walk('content');
    const foldable = [...words].filter((w) => foldWord(w, table));
    expect(foldable.length).toBeGreaterThan(0);
    for (const w of foldable) expect(foldQuery(w, table)).toBe(`${w} ${foldWord(w, table)}`);
    for (const letter of Object.keys(table))
      expect(foldQuery(letter, table)).toBe(`${letter} ${foldWord(letter, table)}`);
  });
});
