import { plugins } from '@citation-js/core';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import {
  STYLES,
  allItems,
  cslItem,
  isCitable,
  type CitationFormat,
  type CiteContext,
  type CslItem,
} from '../../../src/lib/citations/items.ts';
import { bibliographyOnly, formatCitations } from '../../../src/lib/citations/text.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const ctx: CiteContext = { graph, site: 'https://example.org', accessed: '2026-01-02', version: '0.1.0+abc' };

// The texts themselves are also checked on the built pages and downloads.
describe('citation items', () => {
  it('cites a decision with its council as author and its symbol as number', () => {
    expect(cslItem(graph.get('decisions', 'mc-5-16')!, ctx)).toMatchObject({
      id: 'decisions-mc-5-16',
      type: 'report',
      genre: 'Ministerial Council Decision',
      author: [{ literal: 'OSCE Ministerial Council' }],
      number: 'MC.DEC/5/16',
      issued: { 'date-parts': [[2016, 12, 9]] },
      'publisher-place': 'Hamburg',
      URL: 'https://example.org/decisions/mc-5-16/',
      note: 'CyberCBM dataset version 0.1.0+abc',
    });
  });

  it('cites a measure as a pin-cite into the decision that introduced it', () => {
    expect(cslItem(graph.get('cbms', '15')!, ctx)).toMatchObject({
      title: 'Critical infrastructure (CBM 15)',
      number: 'PC.DEC/1202, CBM 15',
      'container-title': 'OSCE CBMs to reduce the risks of conflict',
      author: [{ literal: 'OSCE Permanent Council' }],
      issued: { 'date-parts': [[2016, 3, 10]] },
      note: 'CyberCBM dataset version 0.1.0+abc',
    });
    expect(cslItem(graph.get('decisions', 'pc-1202')!, ctx)?.note).toBe(
      'CyberCBM dataset version 0.1.0+abc; official text: https://www.osce.org/pc/227281',
    );
  });

  it('cites only the citable collections, in collection then date order', () => {
    expect(isCitable('events')).toBe(true);
    expect(isCitable('states')).toBe(false);
    expect(cslItem(graph.get('states', 'ukraine')!, ctx)).toBeUndefined();
    expect(allItems(ctx).map((i) => i.id)).toEqual([
      'cbms-01',
      'cbms-02',
      'cbms-15',
      'decisions-pc-1106',
      'decisions-pc-1202',
      'decisions-mc-5-16',
      'documents-minsk-declaration',
      'events-conference',
      'events-ukraine-workshop',
    ]);
  });
});

interface Engine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[], noSort?: boolean): void;
  makeBibliography(): [unknown, string[]];
}

/** The way citations were formatted before batches: the style as published, one entry per bibliography. */
function oneAtATime(items: CslItem[], style: CitationFormat, version: string): Map<string, string> {
  const config = plugins.config.get('@csl') as {
    styles: { get(n: string): string };
    locales: { get(n: string): string };
  };
  const known = new Map<string, CslItem>();
  const engine = new CSL.Engine(
    { retrieveLocale: (lang: string) => config.locales.get(lang), retrieveItem: (id: string) => known.get(id) },
    config.styles.get(style),
    'en-US',
    true,
  ) as Engine;
  engine.setOutputFormat('text');
  return new Map(
    items.map((item) => {
      known.set(item.id, item);
      engine.updateItems([item.id], true);
      return [item.id, `${(engine.makeBibliography()[1][0] ?? '').trim()} CyberCBM dataset version ${version}.`];
    }),
  );
}

describe('formatted citations', () => {
  // Two more decisions of the same council and year as PC.DEC/1202: in one bibliography citeproc
  // would tell them apart as 2016a, 2016b and 2016c unless disambiguation is off.
  const base = allItems(ctx);
  const twin = base.find((i) => i.id === 'decisions-pc-1202')!;
  const items = [
    ...base,
    { ...twin, id: 'decisions-twin-a', 'citation-key': 'twin-a', title: 'A second decision' },
    { ...twin, id: 'decisions-twin-b', 'citation-key': 'twin-b', title: 'A third decision' },
  ];

  it.each(STYLES.map((s) => s.id))('formats a batch in %s exactly as each entry alone', (style) => {
    const batch = formatCitations(items, style, '0.1.0+abc');
    expect([...batch.keys()]).toEqual(items.map((i) => i.id));
    expect(batch).toEqual(oneAtATime(items, style, '0.1.0+abc'));
    expect(batch.get('decisions-twin-a')).toContain('(2016)');
    expect(batch.get('decisions-twin-a')).not.toMatch(/2016[a-c]/);
  });

  it('gives APA and Harvard texts with the council, the symbol and the version', () => {
    const pc1202 = base.filter((i) => i.id === 'decisions-pc-1202');
    expect(formatCitations(pc1202, 'apa', 'v1').get('decisions-pc-1202')).toMatch(
      /^OSCE Permanent Council\. \(2016\)\. .*PC\.DEC\/1202.* CyberCBM dataset version v1\.$/,
    );
    expect(formatCitations(pc1202, 'harvard1', 'v1').get('decisions-pc-1202')).toMatch(
      /^OSCE Permanent Council \(2016\) .*PC\.DEC\/1202.* CyberCBM dataset version v1\.$/,
    );
  });

  it('keeps a style for bibliography entries only, and fails on a style it cannot read', () => {
    const style =
      '<style><citation collapse="year" disambiguate-add-year-suffix="true"><sort><key macro="a"/></sort><layout><text macro="author-short"/></layout></citation><bibliography><layout><text macro="author"/></layout></bibliography></style>';
    expect(bibliographyOnly(style)).toBe(
      '<style><citation><layout><text variable="title"/></layout></citation><bibliography><layout><text macro="author"/></layout></bibliography></style>',
    );
    // The bibliography's sort goes too (texts are matched by id); a style whose texts depend on their neighbours cannot be batched.
    const sorted =
      '<style><citation><layout/></citation><bibliography><sort><key macro="author"/></sort><layout/></bibliography></style>';
    expect(bibliographyOnly(sorted)).toBe(
      '<style><citation><layout><text variable="title"/></layout></citation><bibliography><layout/></bibliography></style>',
    );
    const substitutes = sorted.replace('<bibliography>', '<bibliography subsequent-author-substitute="———">');
    expect(() => bibliographyOnly(substitutes, 'the test style')).toThrow(
      /the test style uses subsequent-author-substitute.*cannot batch it/,
    );
    const numbered = sorted.replace(
      '<layout/></bibliography>',
      '<layout><text variable="citation-number"/></layout></bibliography>',
    );
    expect(() => bibliographyOnly(numbered)).toThrow(/uses variable="citation-number"/);
    expect(() => bibliographyOnly('<style><bibliography/></style>')).toThrow(/no <citation> element/);
    expect(formatCitations([], 'apa', 'v1').size).toBe(0);
  });
});
