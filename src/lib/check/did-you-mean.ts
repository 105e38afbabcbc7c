/** "Did you mean …?": the closest of the known words, when it is close enough to be a slip. */

/**
 * The candidate nearest to `word` by edit distance (case-insensitive), or undefined when none is
 * within a slip's distance: two edits, or a third of the word's length for long words.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const target = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    // Lengths alone rule a candidate out: no need to compute its distance.
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = levenshtein(target, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** The number of single-character insertions, deletions and substitutions between two words. */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
