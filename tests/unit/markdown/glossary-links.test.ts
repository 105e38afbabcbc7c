import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  linkTerms,
  ownTermId,
  remarkGlossaryLinks,
  termNames,
  type GlossaryTerm,
} from '../../../src/lib/markdown/glossary-links.ts';

const TERMS: GlossaryTerm[] = [
  {
    id: 'point-of-contact',
    href: '/glossary/point-of-contact/',
    names: termNames('Point of contact (CBM 8)', ['contact point', 'PoC']),
  },
  {
    id: 'ict',
    href: '/glossary/ict/',
    names: termNames('Information and communication technologies (ICTs)', ['ICT', 'ICTs']),
  },
  {
    id: 'ministerial-council',
    href: '/glossary/ministerial-council/',
    names: termNames('Ministerial Council', ['MC', 'Ministerial']),
  },
  {
    id: 'cbm',
    href: '/glossary/confidence-building-measure/',
    names: termNames('Confidence-building measure (CBM)', ['CBM', 'CBMs']),
  },
  { id: 'permanent-council', href: '/glossary/permanent-council/', names: termNames('Permanent Council', ['PC']) },
];

/** Markdown in, Markdown out, with the links the step adds. */
function run(markdown: string, ownId?: string): { out: string; linked: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const linked = linkTerms(tree, TERMS, ownId);
  return { out: unified().use(remarkStringify).use(remarkGfm).stringify(tree).trim(), linked };
}

describe('glossary links', () => {
  it('names a term by its heading, the heading without its parenthesis, and its aliases', () => {
    expect(termNames('Point of contact (CBM 8)', ['contact point', 'PoC'])).toEqual([
      'Point of contact (CBM 8)',
      'Point of contact',
      'contact point',
      'PoC',
    ]);
    expect(termNames('Chairmanship / Chairpersonship', ['CiO'])).toEqual([
      'Chairmanship / Chairpersonship',
      'Chairmanship',
      'Chairpersonship',
      'CiO',
    ]);
  });

  it('links the first use of each term once, whatever name it goes by', () => {
    const { out, linked } = run(
      'Each point of contact serves ICT security. A second point of contact and ICTs are not linked again.',
    );
    expect(out).toBe(
      'Each [point of contact](/glossary/point-of-contact/) serves [ICT](/glossary/ict/) security. A second point of contact and ICTs are not linked again.',
    );
    expect(linked).toEqual(['point-of-contact', 'ict']);
  });

  it('prefers the longest name where names overlap', () => {
    expect(run('The Ministerial Council met.').out).toBe(
      'The [Ministerial Council](/glossary/ministerial-council/) met.',
    );
  });

  it('never links inside headings, links or code, and links the next use outside them', () => {
    const { out } = run(
      '## The point of contact\n\nSee [the point of contact](/cbms/8/) and `ICT`.\n\nA point of contact for ICT.',
    );
    expect(out).toBe(
      '## The point of contact\n\nSee [the point of contact](/cbms/8/) and `ICT`.\n\nA [point of contact](/glossary/point-of-contact/) for [ICT](/glossary/ict/).',
    );
  });

  it('leaves labels and symbols alone: CBM 8, PC.DEC/1106, MC.DEC/5/16', () => {
    const { out, linked } = run('Under CBM 8, PC.DEC/1106 and MC.DEC/5/16 name it; the CBMs are voluntary.');
    expect(linked).toEqual(['cbm']);
    expect(out).toBe(
      'Under CBM 8, PC.DEC/1106 and MC.DEC/5/16 name it; the [CBMs](/glossary/confidence-building-measure/) are voluntary.',
    );
  });

  it('matches whole words, and a lower-case name also at the start of a sentence; capitals stay exact', () => {
    expect(run('Contact point of the PCB board.').out).toBe(
      '[Contact point](/glossary/point-of-contact/) of the PCB board.',
    );
    expect(run('The ict sector.').linked).toEqual([]);
  });

  it('does not link a term on its own page', () => {
    expect(run('A point of contact and ICT.', 'point-of-contact').linked).toEqual(['ict']);
  });

  it('knows a term file by its path, and the plugin skips files outside content/', () => {
    expect(ownTermId('/repo/content/terms/ict.mdx')).toBe('ict');
    expect(ownTermId('/repo/content/cbms/08.mdx')).toBeUndefined();
    const plugin = remarkGlossaryLinks({ glossary: () => TERMS });
    const tree = () => unified().use(remarkParse).parse('An ICT text.') as Root;
    const inside = tree();
    plugin(inside, { path: '/repo/content/cbms/08.mdx' });
    expect(JSON.stringify(inside)).toContain('/glossary/ict/');
    const own = tree();
    plugin(own, { path: '/repo/content/terms/ict.mdx' });
    expect(JSON.stringify(own)).not.toContain('/glossary/ict/');
    const outside = tree();
    plugin(outside, { path: '/repo/README.md' });
    expect(JSON.stringify(outside)).not.toContain('/glossary/');
  });
});
