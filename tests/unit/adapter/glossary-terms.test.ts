import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryFingerprint, glossaryTerms } from '../../../src/adapter/glossary-terms.ts';

const root = mkdtempSync(join(tmpdir(), 'cybercbm-glossary-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const term = (id: string, name: string, aliases: string[] = []) => {
  mkdirSync(join(root, 'content/terms'), { recursive: true });
  writeFileSync(
    join(root, 'content/terms', `${id}.mdx`),
    `---\nterm: "${name}"\naliases: ${JSON.stringify(aliases)}\n---\n`,
  );
};

describe('the glossary the Markdown processor links', () => {
  it('is read once, and again once the loader finds the files changed (astro dev)', () => {
    term('e-evidence', 'Electronic evidence', ['e-evidence']);
    const first = glossaryTerms(root);
    expect(first.map((t) => t.href)).toEqual(['/glossary/e-evidence/']);
    expect(first[0]!.names).toEqual(expect.arrayContaining(['Electronic evidence', 'e-evidence']));
    const before = glossaryFingerprint(root);

    term('cybercrime', 'Cybercrime');
    // Until the loader's next load, the terms of this load stay (one body, one glossary).
    expect(glossaryTerms(root)).toBe(first);
    const after = glossaryFingerprint(root);
    expect(after).not.toBe(before);
    expect(glossaryTerms(root).map((t) => t.id)).toEqual(['cybercrime', 'e-evidence']);
    // Unchanged files keep the terms already read.
    const kept = glossaryTerms(root);
    expect(glossaryFingerprint(root)).toBe(after);
    expect(glossaryTerms(root)).toBe(kept);
  });
});
