// The digest of an index's page ids, made by the build (src/build/search-index.ts) and checked by the
// search page (./tables.ts): the one browser module the build imports, so it holds nothing else.

/** FNV-1a (32 bits) of the ids joined by newlines, as 8 hex digits: the build writes the same (src/build/search-index.ts). */
export function idsDigest(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = ids.join('\n');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
