/**
 * The researchers' outputs in dist/: exports valid against their own JSON Schemas (ajv), the
 * matrix CSV equal to its JSON, BibTeX that parses back, feeds and sitemap that parse as XML and
 * list every entry page, JSON-LD of the right type, and the cite block.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/adapter/content-files.ts';
import { entryUrl, feedUrl } from '../../src/lib/urls.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
const { entries } = checkProject(root);
const SITE = 'https://cybercbm.example.org';

describe('open data', () => {
  it('exports every collection, one row per content file, valid against its own JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const c of COLLECTIONS) {
      const rows = json(`data/${c}.json`) as { id: string; page: string; url?: string }[];
      const schema = json(`data/schema/${c}.schema.json`);
      const validate = ajv.compile(schema);
      expect(validate(rows), `${c}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(rows.map((r) => r.id).sort(), c).toEqual(
        entries
          .filter((e) => e.collection === c)
          .map((e) => e.id)
          .sort(),
      );
      for (const r of rows) expect(r.page).toBe(`${SITE}${entryUrl(c, r.id)}`);
      // A source's url is the outside address a reader can open, never this site.
      if (c === 'sources') for (const r of rows) if (r.url) expect(r.url.startsWith(SITE)).toBe(false);
    }
    const pc1202 = (json('data/decisions.json') as Record<string, unknown>[]).find((r) => r['id'] === 'pc-1202')!;
    expect(pc1202['body']).toBe('permanent-council');
    expect(pc1202['relations']).toEqual([{ decision: 'pc-1106', type: 'builds-on', locator: expect.any(String) }]);
  });

  it('rejects a row that breaks the schema (the schemas are not empty)', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(json('data/schema/events.schema.json'));
    expect(
      validate([
        {
          id: 'x',
          page: `${SITE}/events/x/`,
          title: 'X',
          kind: 'party',
          start: '2016-13',
          organizers: [],
          summary: 'S',
          sources: [],
        },
      ]),
    ).toBe(false);
  });

  it('publishes the matrix as CSV equal to its JSON', () => {
    const matrix = json('data/matrix.json') as {
      columns: { symbol: string }[];
      rows: {
        cbm: number;
        title: string;
        cells: Record<string, string | null>;
        inferred: string[];
        events: number;
        activities: number;
        read_as_practice: number;
      }[];
    };
    const csv = parseCsv(read('data/matrix.csv'), { columns: true }) as Record<string, string>[];
    expect(matrix.rows).toHaveLength(16);
    expect(csv).toHaveLength(16);
    csv.forEach((row, i) => {
      const m = matrix.rows[i]!;
      expect(Number(row['cbm'])).toBe(m.cbm);
      expect(row['title']).toBe(m.title);
      for (const col of matrix.columns) {
        const inferred = m.inferred.includes(col.symbol);
        expect(row[col.symbol] || null).toBe(
          m.cells[col.symbol] ? `${m.cells[col.symbol]}${inferred ? ' (inferred)' : ''}` : null,
        );
      }
      expect(Number(row['events'])).toBe(m.events);
      expect(Number(row['activities'])).toBe(m.activities);
    });
    expect(csv[14]!['PC.DEC/1202']).toBe('introduced');
    // MC.DEC/5/16 endorses PC.DEC/1202; the site does not claim it reaffirmed each measure, only that it refers to them.
    expect(csv[14]!['MC.DEC/5/16']).toMatch(/^referenced/);
    // Practice the site only reads is counted apart from the stated events and activities.
    csv.forEach((row, i) => expect(Number(row['read_as_practice'])).toBe(matrix.rows[i]!.read_as_practice));
  });

  it('publishes citations.bib that parses back to every citable entry with its symbol and year', () => {
    const citable = entries.filter((e) => ['decisions', 'documents', 'cbms', 'events'].includes(e.collection));
    const parsed = new Cite(read('data/citations.bib')).data as {
      number?: string;
      issued?: { 'date-parts': number[][] };
      note?: string;
    }[];
    expect(parsed).toHaveLength(citable.length);
    const byNumber = new Map(parsed.map((p) => [p.number, p]));
    expect(byNumber.get('PC.DEC/1106')?.issued?.['date-parts'][0]?.[0]).toBe(2013);
    expect(byNumber.get('MC.DEC/5/16')?.issued?.['date-parts'][0]?.[0]).toBe(2016);
    expect(byNumber.get('MC.DEC/3/04')?.issued?.['date-parts'][0]?.[0]).toBe(2004);
    expect(byNumber.get('PC.DEC/1202, CBM 16')).toBeDefined();
    expect(parsed.every((p) => p.note?.includes('CyberCBM dataset version'))).toBe(true);
    expect(json('data/citations.json')).toHaveLength(citable.length);
  });

  it('publishes RSS feeds and a sitemap that parse as XML and list every entry page', () => {
    const parser = new XMLParser();
    const links = (file: string) => {
      const text = read(file);
      expect(XMLValidator.validate(text), file).toBe(true);
      const items = ([] as { link: string }[]).concat(parser.parse(text).rss.channel.item ?? []);
      return new Set(items.map((i) => i.link));
    };
    const all = links('rss.xml');
    for (const e of entries.filter((x) => ['decisions', 'documents', 'events', 'activities'].includes(x.collection)))
      expect(all.has(`${SITE}${entryUrl(e.collection, e.id)}`), e.file).toBe(true);
    for (const c of COLLECTIONS) {
      const feed = links(feedUrl(c).slice(1));
      for (const e of entries.filter((x) => x.collection === c))
        expect(feed.has(`${SITE}${entryUrl(c, e.id)}`), `${c} feed: ${e.id}`).toBe(true);
    }
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemap = read('sitemap-0.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locs = new Set(([] as { loc: string }[]).concat(parser.parse(sitemap).urlset.url).map((u) => u.loc));
    for (const e of entries) expect(locs.has(`${SITE}${entryUrl(e.collection, e.id)}`), e.file).toBe(true);
  });

  it('puts JSON-LD of the right schema.org type on every entry page', () => {
    const types: Record<string, string> = {
      decisions: 'Legislation',
      cbms: 'DefinedTerm',
      events: 'Event',
      documents: 'Report',
      activities: 'Project',
      bodies: 'Organization',
      states: 'Country',
      sources: 'CreativeWork',
      terms: 'DefinedTerm',
      frameworks: 'CreativeWork',
      norms: 'CreativeWork',
    };
    for (const e of entries) {
      const html = read(`${entryUrl(e.collection, e.id).slice(1)}index.html`);
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(block, e.file).toBeDefined();
      const data = JSON.parse(block!);
      expect(data['@type'], e.file).toBe(types[e.collection]);
      expect(data['@context']).toBe('https://schema.org');
    }
    const decision = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('decisions/pc-1202/index.html'))![1]!,
    );
    expect(decision).toMatchObject({ legislationIdentifier: 'PC.DEC/1202', legislationDate: '2016-03-10' });
    expect(read('decisions/pc-1202/index.html')).toContain(`<link rel="canonical" href="${SITE}/decisions/pc-1202/">`);
  });

  it('cites PC 1106 with its symbol, year, URL, access date and dataset version; a CBM as a pin-cite', () => {
    const html = read('decisions/pc-1106/index.html');
    const cite = /<section class="cite"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(cite).toContain('PC.DEC/1106');
    expect(cite).toContain('2013');
    expect(cite).toContain('OSCE Permanent Council');
    expect(cite).toContain(`${SITE}/decisions/pc-1106/`);
    expect(cite).toMatch(/dataset version \d+\.\d+\.\d+\+/);
    for (const ext of ['bib', 'ris', 'json'])
      expect(existsSync(join(dist, `cite/decisions/pc-1106.${ext}`)), ext).toBe(true);
    expect(read('cite/cbms/16.bib')).toContain('PC.DEC/1202, CBM 16');
    expect(read('cite/decisions/pc-1106.ris')).toMatch(/SN {2}- PC\.DEC\/1106/);
  });

  it('shows when each entry last changed and links its history; has a changelog and a data page', () => {
    const html = read('events/2017-11-03-austrian-chairmanship-conference/index.html');
    expect(html).toMatch(/This entry last changed on \d+ \w+ \d{4}\.|not known in this build/);
    expect(html).toContain('/commits/main/content/events/2017-11-03-austrian-chairmanship-conference.mdx');
    expect(read('changelog/index.html')).toContain('Changelog');
    const data = read('data/index.html');
    for (const c of COLLECTIONS) expect(data).toContain(`/data/schema/${c}.schema.json`);
    expect(data).toContain('CC BY 4.0');
  });
});
