/**
 * The content check's store of file facts between builds: what each file's front matter and body
 * say for the checks (src/lib/check/index.ts, `FileFacts`), by a digest of the file's text.
 * Parsing the YAML and MDX of 10,000 files is most of the check's time; a rebuild parses only the
 * files that changed, and the corpus-wide rules (references, links, anchors) run on the facts.
 * Kept in `.astro/` (cleared with Astro's own cache), under a name that carries the fingerprint
 * of the code that makes the facts (src/lib/check, src/lib/markdown and the parsers), so a change
 * to any of them starts afresh. A missing or unreadable store is an empty one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileFacts, type FileFacts } from '../lib/check/index.ts';
import { codeFingerprint } from './fingerprint.ts';

const PREFIX = 'cybercbm-file-facts-';

export interface FileFactsStore {
  /** A file's facts: stored ones for a text seen before, else read now. */
  facts(text: string): FileFacts;
  /** How many files were read from the store and how many were read afresh since it was opened. */
  readonly counts: { stored: number; read: number };
  /** Writes the facts of the files seen since the store was opened (and no others) for the next build. */
  save(): void;
}

/** Opens the store of the project in `root` (kept in its `.astro/`, or in `dir`). */
export function fileFactsStore(root: string, dir = join(root, '.astro')): FileFactsStore {
  const code = codeFingerprint(
    root,
    ['src/lib/check', 'src/lib/markdown'],
    ['yaml', 'satteri', 'github-slugger', 'mdast-util-to-string', 'unist-util-visit'],
  );
  const file = join(dir, `${PREFIX}${code}.bin`);
  let stored = new Map<string, FileFacts>();
  try {
    stored = deserialize(readFileSync(file)) as Map<string, FileFacts>;
  } catch {
    // No store yet, or one this Node cannot read: start empty.
  }
  const seen = new Map<string, FileFacts>();
  const counts = { stored: 0, read: 0 };
  return {
    counts,
    facts(text) {
      const key = createHash('sha256').update(text).digest('base64url');
      const known = seen.get(key);
      if (known) return known;
      let facts = stored.get(key);
      if (facts) counts.stored++;
      else {
        facts = fileFacts(text);
        counts.read++;
      }
      seen.set(key, facts);
      return facts;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      // Stores made by other code are of no use any more (nor those of the front matter alone, before bodies were stored too).
      for (const name of readdirSync(dir))
        if (
          (name.startsWith(PREFIX) || name.startsWith('cybercbm-frontmatter-')) &&
          name.endsWith('.bin') &&
          name !== `${PREFIX}${code}.bin`
        )
          rmSync(join(dir, name), { force: true });
      const aside = `${file}.${process.pid}`;
      writeFileSync(aside, serialize(seen));
      renameSync(aside, file);
    },
  };
}
