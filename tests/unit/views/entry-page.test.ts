import { describe, expect, it } from 'vitest';
import { entryPage, type EntryPageEnv } from '../../../src/lib/views/entry-page.ts';
import { cites, entry, event, graphOf, sampleCorpus, source } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const env: EntryPageEnv = {
  site: 'https://example.org',
  repository: 'https://github.com/example/cybercbm',
  branch: 'main',
  lastChanged: (file) => (file === 'content/cbms/15.mdx' ? '2026-11-30' : undefined),
  accessed: '2026-12-01',
  version: '0.1.0+abc',
};

describe('the entry page model', () => {
  const cbm15 = entryPage(graph, 'cbms', '15', env);

  it("heads CBM 15's page and says it was introduced by PC.DEC/1202 at the measure's anchor", () => {
    expect(cbm15).toMatchObject({
      heading: 'CBM 15: Critical infrastructure',
      kicker: 'CBM',
      summary: 'Summary of CBM 15',
      articleClass: 'cbm-card',
      indexed: true,
    });
    expect(cbm15.crumbs).toEqual([{ label: 'Confidence-building measures', href: '/cbms/' }, { label: 'CBM 15' }]);
    expect(cbm15.meta.find((r) => r.label === 'Introduced by')?.values).toEqual([
      { text: 'PC 1202: OSCE CBMs to reduce the risks of conflict', href: '/decisions/pc-1202/#cbm-15' },
    ]);
    expect(cbm15.provenance?.introduced).toEqual({
      href: '/decisions/pc-1202/#cbm-15',
      text: 'PC 1202, measure 15',
      note: '10 March 2016',
    });
    expect(cbm15.jsonLd).toMatchObject({ subjectOf: { url: 'https://example.org/decisions/pc-1202/#cbm-15' } });
  });

  it('carries references, backlinks, sources, citation, history and previous/next', () => {
    expect(cbm15.references.groups.map((g) => g.heading)).toEqual(['Decisions', 'Confidence-building measures']);
    expect(cbm15.referencedBy.groups.map((g) => [g.heading, g.items.length])).toEqual([
      ['Decisions', 1],
      ['Events', 2],
      ['Activities', 1],
      ['Documents', 1],
    ]);
    expect(cbm15.sources).toEqual([
      {
        href: '/sources/pc-dec-1202/',
        text: 'PC.DEC/1202',
        publisher: 'OSCE',
        locator: 'Annex, CBM 15',
        grade: 'primary',
        outside: { href: 'https://www.osce.org/pc/227281', httpOnly: false },
      },
    ]);
    expect(cbm15.citation).toEqual({
      id: 'cbms-15',
      downloads: [
        { label: 'BibTeX', href: '/cite/cbms/15.bib' },
        { label: 'RIS', href: '/cite/cbms/15.ris' },
        { label: 'CSL-JSON', href: '/cite/cbms/15.json' },
      ],
      accessed: '2026-12-01',
      version: '0.1.0+abc',
    });
    expect(cbm15.history).toMatchObject({
      text: 'This entry last changed on 30 November 2026.',
      historyUrl: 'https://github.com/example/cybercbm/commits/main/content/cbms/15.mdx',
      sourceUrl: 'https://github.com/example/cybercbm/blob/main/content/cbms/15.mdx',
      editUrl: 'https://github.com/example/cybercbm/edit/main/content/cbms/15.mdx',
    });
    const report = new URL(cbm15.history.reportUrl);
    expect(report.origin + report.pathname).toBe('https://github.com/example/cybercbm/issues/new');
    expect(report.searchParams.get('title')).toBe('Error in cbms/15: CBM 15');
    expect(report.searchParams.get('body')).toContain(
      'Entry: cbms/15 (content/cbms/15.mdx)\nPage: https://example.org/cbms/15/\n',
    );
    expect(report.searchParams.get('body')).toContain('### What is wrong');
    expect(report.searchParams.get('body')).toContain('### The source that shows it');
    expect(entryPage(graph, 'cbms', '15', { ...env, branch: 'draft' }).history.editUrl).toBe(
      'https://github.com/example/cybercbm/edit/draft/content/cbms/15.mdx',
    );
    expect(cbm15.pager).toEqual({
      label: 'Previous and next in confidence-building measures',
      previous: { href: '/cbms/2/', label: 'CBM 2' },
    });
    expect(cbm15.search.filters.cbm).toEqual(['CBM 15']);
  });

  it("leads a decision with its symbol and keeps a source's heading out of search", () => {
    const decision = entryPage(graph, 'decisions', 'pc-1202', env);
    expect(decision).toMatchObject({
      heading: 'PC 1202: OSCE CBMs to reduce the risks of conflict',
      kicker: 'Decision · PC.DEC/1202',
      indexed: true,
    });
    expect(decision.provenance).toBeUndefined();
    expect(decision.history.text).toBe("The date of this entry's last change is not known in this build.");
    const source = entryPage(graph, 'sources', 'pc-dec-1202', env);
    expect(source).toMatchObject({ indexed: false, searchTitle: 'Official text (PC 1202)' });
    expect(source.citation).toBeUndefined();
    expect(source.citationTags).toEqual([]);
    expect(source.pager).toBeUndefined();
    expect(entryPage(graph, 'sources', 's', env).searchTitle).toBe('Seed page');
  });

  it('gives a state no citation and no pager, and refuses an entry the corpus lacks', () => {
    const state = entryPage(graph, 'states', 'ukraine', env);
    expect(state.citation).toBeUndefined();
    expect(state.pager).toBeUndefined();
    expect(() => entryPage(graph, 'states', 'atlantis', env)).toThrow('No entry states/atlantis');
  });

  it('marks an entry that rests on secondary sources only, and flags a field the site infers', () => {
    const ukraine = entryPage(graph, 'events', 'ukraine-workshop', env);
    expect(ukraine.evidence).toEqual({
      counts: { primary: 1, secondary: 0, inferred: 0 },
      secondaryOnly: false,
      inferredFields: ['start'],
    });
    expect(ukraine.meta.find((r) => r.label === 'Date')?.flag).toEqual({ text: 'inferred', href: '#source-notes' });
    expect(ukraine.meta.find((r) => r.label === 'Place')?.flag).toBeUndefined();
    const conference = entryPage(graph, 'events', 'conference', env);
    expect(conference.meta.find((r) => r.label === 'Date')?.flag).toEqual({
      text: 'sources differ',
      href: '#source-notes',
    });
    const secondary = graphOf(
      source('unidir', { kind: 'secondary', url: 'http://example.org/profile', accessed: '2026-12-01' }),
      entry('bodies', 'pc', { name: 'Permanent Council', kind: 'decision-making-body', sources: cites('unidir') }),
      event('x', 'X', '2019-06-17', { sources: [{ source: 'unidir', grade: 'secondary', locator: 'Meetings' }] }),
    );
    const page = entryPage(secondary, 'events', 'x', env);
    expect(page.evidence?.secondaryOnly).toBe(true);
    expect(page.sources[0]).toMatchObject({
      grade: 'secondary',
      outside: { href: 'http://example.org/profile', httpOnly: true },
    });
    const src = entryPage(secondary, 'sources', 'unidir', env);
    expect(src.evidence).toBeUndefined();
    expect(src.meta.find((r) => r.label === 'Address')?.values[0]).toMatchObject({
      href: 'http://example.org/profile',
      note: 'http only: the source has no https address',
    });
  });

  it("names the State that held the Chairmanship in an event's year, and a State's Chairmanship years", () => {
    const chaired = graphOf(
      source('s'),
      entry('bodies', 'pc', { name: 'Permanent Council', kind: 'decision-making-body', sources: cites() }),
      entry('states', 'austria', {
        name: 'Austria',
        status: 'participating',
        chairmanships: [2017, 2000],
        sources: cites(),
      }),
      event('vienna', 'Vienna conference', '2017-11-03'),
      event('rome', 'Rome conference', '2018-09-28'),
    );
    expect(entryPage(chaired, 'events', 'vienna', env).meta.find((r) => r.label === 'Chairmanship')?.values).toEqual([
      { text: 'Austria', href: '/states/austria/', note: '2017' },
    ]);
    expect(entryPage(chaired, 'events', 'rome', env).meta.find((r) => r.label === 'Chairmanship')).toBeUndefined();
    expect(
      entryPage(chaired, 'states', 'austria', env)
        .meta.find((r) => r.label === 'OSCE Chairmanship')
        ?.values.map((v) => v.text),
    ).toEqual(['2000', '2017']);
  });
});
