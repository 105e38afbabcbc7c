import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReferenceMarkdown, fieldRows } from '../../src/lib/field-reference.ts';
import { scaffold, suggestId } from '../../src/lib/scaffold.ts';
import { checkFile, type Problem } from '../../src/lib/content-check.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

describe('field reference and scaffold, both from the schemas', () => {
  it('lists required and optional fields with their kinds', () => {
    const rows = fieldRows('decisions');
    expect(rows.find((r) => r.name === 'symbol')).toMatchObject({ required: true, kind: 'text' });
    expect(rows.find((r) => r.name === 'body')).toMatchObject({ required: true, kind: 'id of an entry in bodies' });
    expect(rows.find((r) => r.name === 'relations[].type')).toMatchObject({ kind: 'one of: builds-on, endorses, supersedes, references' });
    expect(rows.find((r) => r.name === 'adopted')?.kind).toContain('YYYY-MM-DD');
    expect(rows.find((r) => r.name === 'meeting')?.required).toBe(false);
  });

  it('keeps CONTRIBUTING.md in step with the schemas (run npm run fields)', () => {
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain(fieldReferenceMarkdown());
  });

  it('scaffolds every collection with placeholders that fail the check until filled in', () => {
    for (const c of COLLECTIONS) {
      const text = scaffold(c, {});
      const problems: Problem[] = [];
      checkFile(c, 'x', `content/${c}/x.mdx`, text, problems);
      expect(problems.length, c).toBeGreaterThan(0);
      expect(problems.some((p) => p.message.includes('TODO(cybercbm)')), c).toBe(true);
    }
  });

  it('uses given values and derives ids', () => {
    const text = scaffold('events', { title: 'Fixture workshop', start: '2018-03-01', cbms: '15, 16' });
    expect(text).toContain('title: Fixture workshop');
    expect(text).toMatch(/cbms:\n\s+- 15\n\s+- 16/);
    expect(suggestId('events', { title: 'Fixture workshop', start: '2018-03-01' })).toBe('2018-03-01-fixture-workshop');
    expect(suggestId('decisions', { symbol: 'MC.DEC/5/17' })).toBe('mc-5-17');
  });
});
