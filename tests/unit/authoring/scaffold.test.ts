import { describe, expect, it } from 'vitest';
import { checkFile, type Problem } from '../../../src/lib/check/index.ts';
import { scaffold, suggestId } from '../../../src/lib/authoring/scaffold.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

describe('scaffold, from the schemas', () => {
  it('scaffolds every collection with placeholders that fail the check until filled in', () => {
    for (const c of COLLECTIONS) {
      const text = scaffold(c, {});
      const problems: Problem[] = [];
      checkFile(c, 'x', `content/${c}/x.mdx`, text, problems);
      expect(problems.length, c).toBeGreaterThan(0);
      expect(
        problems.some((p) => p.message.includes('TODO(cybercbm)')),
        c,
      ).toBe(true);
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
