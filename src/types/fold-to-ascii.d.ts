// fold-to-ascii ships no types: the part of its API the search folding uses (src/lib/search-fold-table.ts).
declare module 'fold-to-ascii' {
  const ASCIIFolder: {
    /** Lucene ASCIIFoldingFilter's table: code point to its ASCII replacement. */
    mapping: ReadonlyMap<number, string>;
    foldMaintaining(text: string): string;
  };
  export default ASCIIFolder;
}
