import { describe, expect, it } from 'vitest';
import { changelog } from '../../../src/lib/views/changelog.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the changelog', () => {
  it('names the entries a commit touched, and only counts them when there are many', () => {
    const many = Array.from({ length: 9 }, (_, i) => `content/states/s${i}.mdx`);
    const items = changelog(
      graph,
      [
        {
          date: '2026-11-30',
          commit: 'abc',
          subject: 'Add CBM 15',
          files: ['content/cbms/15.mdx', 'content/decisions/pc-1202.mdx', 'README.md'],
        },
        {
          date: '2026-11-29',
          commit: 'def',
          subject: 'Many',
          files: many.map((f, i) => (i < 2 ? 'content/states/ukraine.mdx' : f)),
        },
      ],
      'https://github.com/example/cybercbm',
    );
    expect(items[0]).toEqual({
      date: '30 November 2026',
      href: 'https://github.com/example/cybercbm/commit/abc',
      subject: 'Add CBM 15',
      files: '3 files',
      entries: [
        { href: '/cbms/15/', label: 'CBM 15' },
        { href: '/decisions/pc-1202/', label: 'PC 1202' },
      ],
    });
    expect(items[1]!.entries).toHaveLength(2);
    expect(changelog(graph, [], 'x')).toEqual([]);
  });
});
