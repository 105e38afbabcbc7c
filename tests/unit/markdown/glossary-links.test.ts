import { describe, expect, it } from 'vitest';
import {
  glossaryLinksPlugin,
  ownTermId,
  termNames,
  type GlossaryTerm,
} from '../../../src/lib/markdown/glossary-links.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

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

const plugin = glossaryLinksPlugin({ glossary: () => TERMS });

/** Renders Markdown as the file `path` with the plugin, as the site does. */
const render = (markdown: string, path: string) => renderMarkdown(markdown, { mdastPlugins: [plugin], path }).trim();

/** Markdown in, HTML out (as an entry's body, or as the term `ownId`'s own page), with the terms linked. */
function run(markdown: string, ownId?: string): { out: string; linked: string[] } {
  const path = ownId ? `/repo/content/terms/${ownId}.mdx` : '/repo/content/events/x.mdx';
  const out = render(markdown, path);
  const linked = [...out.matchAll(/<a href="([^"]+)" class="term">/g)].map(
    (m) => TERMS.find((t) => t.href === m[1])!.id,
  );
  return { out, linked };
}

/** A glossary link as the plugin writes it. */
const term = (href: string, text: string) => `<a href="${href}" class="term">${text}</a>`;

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
      `<p>Each ${term('/glossary/point-of-contact/', 'point of contact')} serves ${term('/glossary/ict/', 'ICT')} security. A second point of contact and ICTs are not linked again.</p>`,
    );
    expect(linked).toEqual(['point-of-contact', 'ict']);
  });

  it('prefers the longest name where names overlap', () => {
    expect(run('The Ministerial Council met.').out).toBe(
      `<p>The ${term('/glossary/ministerial-council/', 'Ministerial Council')} met.</p>`,
    );
  });

  it('never links inside headings, links or code, and links the next use outside them', () => {
    const { out } = run(
      '## The point of contact\n\nSee [the point of contact](/cbms/8/) and `ICT`.\n\nA point of contact for ICT.',
    );
    expect(out).toBe(
      '<h2>The point of contact</h2>\n<p>See <a href="/cbms/8/">the point of contact</a> and <code>ICT</code>.</p>\n' +
        `<p>A ${term('/glossary/point-of-contact/', 'point of contact')} for ${term('/glossary/ict/', 'ICT')}.</p>`,
    );
  });

  it('leaves labels and symbols alone: CBM 8, PC.DEC/1106, MC.DEC/5/16', () => {
    const { out, linked } = run('Under CBM 8, PC.DEC/1106 and MC.DEC/5/16 name it; the CBMs are voluntary.');
    expect(linked).toEqual(['cbm']);
    expect(out).toBe(
      `<p>Under CBM 8, PC.DEC/1106 and MC.DEC/5/16 name it; the ${term('/glossary/confidence-building-measure/', 'CBMs')} are voluntary.</p>`,
    );
  });

  it('matches whole words, and a lower-case name also at the start of a sentence; capitals stay exact', () => {
    expect(run('Contact point of the PCB board.').out).toBe(
      `<p>${term('/glossary/point-of-contact/', 'Contact point')} of the PCB board.</p>`,
    );
    expect(run('The ict sector.').linked).toEqual([]);
  });

  it('does not link a term on its own page', () => {
    const { out, linked } = run('A point of contact and ICT.', 'point-of-contact');
    expect(linked).toEqual(['ict']);
    expect(out).toBe(`<p>A point of contact and ${term('/glossary/ict/', 'ICT')}.</p>`);
  });

  it('knows a term file by its path, and the plugin skips files outside content/', () => {
    expect(ownTermId('/repo/content/terms/ict.mdx')).toBe('ict');
    expect(ownTermId('/repo/content/cbms/08.mdx')).toBeUndefined();
    expect(render('An ICT text.', '/repo/content/cbms/08.mdx')).toContain('/glossary/ict/');
    expect(render('An ICT text.', '/repo/content/terms/ict.mdx')).not.toContain('/glossary/ict/');
    expect(render('An ICT text.', '/repo/README.md')).toBe('<p>An ICT text.</p>');
  });
});
