/**
 * The glossary, the cross-walk, compare and the State profiles on the built site: real content,
 * read from dist/ (run `npm run build` first).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
/** The visible text of some HTML, tags dropped and spaces folded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the cross-walk', () => {
  it('shows on CBM 16 its link to norm 13(j), with its basis', () => {
    const html = read('cbms/16/index.html');
    const item = /<li id="link-cbm-16-gge-2015-13j" class="basis-reading">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(item).toContain('href="/norms/gge-2015-13j/"');
    expect(textOf(item)).toContain(
      "13(j): Encourage responsible reporting of ICT vulnerabilities (the site's reading)",
    );
    expect(textOf(item)).toContain('CBM 16 asks participating States to promote');
  });

  it("shows on the norm's page the measure with its basis, and the table links there", () => {
    expect(textOf(read('norms/gge-2015-13j/index.html'))).toMatch(/CBM 16: [^(]+\(the site's reading\)/);
    const table = read('crosswalk/index.html');
    expect(table).toMatch(/<td class="basis-reading"><a href="\/norms\/gge-2015-13j\/#link-cbm-16">/);
    expect(table).toContain('<caption');
    expect(textOf(table)).toContain('stated by a source');
  });

  it('exports the same links as CSV and JSON, the JSON valid against its schema, every link with a basis', () => {
    const data = json('data/crosswalk.json');
    const rows = parseCsv(read('data/crosswalk.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => ({ ...r, cbm: Number(r['cbm']) }))).toEqual(data.links);
    expect(data.links.length).toBeGreaterThanOrEqual(20);
    for (const l of data.links)
      expect(
        l.basis === 'source' ? l.source && l.locator : l.basis === 'reading' && l.reason,
        JSON.stringify(l),
      ).toBeTruthy();
    expect(data.links).toContainEqual(expect.objectContaining({ cbm: 16, norm: 'gge-2015-13j', basis: 'reading' }));
    const validate = new Ajv2020({ strict: false }).compile(json('data/schema/crosswalk.schema.json'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the glossary', () => {
  const entryPages = htmlFiles().filter((f) =>
    /\/(decisions|cbms|documents|events|activities|bodies|states|glossary|frameworks|norms)\/[^/]+\/index\.html$/.test(
      f,
    ),
  );

  it('lists every term and gives each its sources; CBM 9 links to it', () => {
    const index = read('glossary/index.html');
    expect(index.match(/<a href="\/glossary\/[^"]+\/">/g)?.length).toBeGreaterThanOrEqual(30);
    for (const id of ['ict', 'point-of-contact', 'budapest-convention', 'informal-working-group'])
      expect(read(`glossary/${id}/index.html`)).toContain('id="sources"');
    expect(read('cbms/9/index.html')).toContain('href="/glossary/"');
  });

  it('links the first use of a term in entry bodies, once per term, never in headings or on its own page', () => {
    let linked = 0;
    for (const file of entryPages) {
      const html = read(relative(DIST, file));
      const terms = [...html.matchAll(/<a href="(\/glossary\/[^"]+\/)" class="term">/g)].map((m) => m[1]!);
      linked += terms.length;
      expect(new Set(terms).size, file).toBe(terms.length);
      expect(html, file).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*class="term"/);
      const own = /\/glossary\/([^/]+)\/index\.html$/.exec(file)?.[1];
      if (own) expect(terms, file).not.toContain(`/glossary/${own}/`);
    }
    expect(linked).toBeGreaterThan(100);
    expect(read('decisions/pc-1202/index.html')).toContain(
      '<a href="/glossary/permanent-council/" class="term">Permanent Council</a>',
    );
  });
});

describe('compare', () => {
  it('puts PC 1106 and PC 1202 side by side with the measures each introduced', () => {
    const html = read('compare/decisions-pc-1106--decisions-pc-1202/index.html');
    const row = /<th scope="row">Measures introduced<\/th>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    const [first, second] = row.split('</td>');
    const numbers = (cell = '') => [...cell.matchAll(/href="\/cbms\/(\d+)\/"/g)].map((m) => Number(m[1]));
    expect(numbers(first)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(numbers(second)).toEqual([12, 13, 14, 15, 16]);
    expect(html).toContain('href="/compare/?items=decisions/pc-1106,decisions/pc-1202"');
  });

  it('offers every pair of decisions as plain links on /compare/, and its script reads the columns from items.json', () => {
    const html = read('compare/index.html');
    const decisions = json('data/decisions.json').length as number;
    expect(html.match(/<a href="\/compare\/decisions-[^"]+\/">/g)).toHaveLength((decisions * (decisions - 1)) / 2);
    const items = json('compare/items.json');
    expect(Object.keys(items.items)).toContain('states/austria');
    expect(items.items['decisions/pc-1202'].cells.introduced.map((v: { href: string }) => v.href)).toEqual(
      [12, 13, 14, 15, 16].map((n) => `/cbms/${n}/`),
    );
  });
});

describe('State profiles', () => {
  it("shows Austria's Chairmanship year 2017, the events it hosted and a year-by-measure grid", () => {
    const text = textOf(read('states/austria/index.html'));
    expect(text).toContain('Chaired the OSCE in 2017');
    expect(text).toContain('Events it hosted');
    expect(read('states/austria/index.html')).toContain('class="grid"');
  });

  it("shows a State's point of contact for the measures where the record has it", () => {
    expect(textOf(read('states/portugal/index.html'))).toContain(
      'Point of contact for the measures (CBM 8) National Cybersecurity Centre',
    );
  });

  it('sorts /states/ by evidence within participating States and Partners, and puts the counts into states.json', () => {
    const states = json('data/states.json') as {
      id: string;
      status: string;
      counts: { total: number; chairmanships: number };
    }[];
    expect(states.find((s) => s.id === 'austria')!.counts.chairmanships).toBe(1);
    const html = read('states/index.html');
    const participating = /id="participating-states"[\s\S]*?<\/section>/.exec(html)![0];
    const order = [...participating.matchAll(/href="\/states\/([^/]+)\/"/g)].map((m) => m[1]!);
    const totals = order.map((id) => states.find((s) => s.id === id)!.counts.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(html).toContain('Partners for Co-operation');
  });
});

describe('the matrix on a phone', () => {
  it("names each measure's introducing decision beside the measure, in the sticky first column", () => {
    const html = read('matrix/index.html');
    const intros = [...html.matchAll(/<span class="intro">introduced by <a href="(\/decisions\/[^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(intros).toHaveLength(16);
    expect(intros[0]).toBe('/decisions/pc-1106/#cbm-1');
    expect(intros[15]).toBe('/decisions/pc-1202/#cbm-16');
  });
});

describe('each measure assessed: practice stated, read, or shown as unmatched', () => {
  const rows = json('data/matrix.json').rows as {
    cbm: number;
    events: number;
    activities: number;
    read_as_practice: number;
  }[];
  const card = (n: number) => /<section class="provenance"[\s\S]*?<\/section>/.exec(read(`cbms/${n}/index.html`))![0];
  const implemented = (html: string) =>
    /<dt[^>]*>Implemented through<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(html)![1]!;

  it.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    'CBM %i: its card lists its practice or says nothing matches',
    (n) => {
      const row = rows.find((r) => r.cbm === n)!;
      const html = card(n);
      const nothing = html.includes('nothing in the record matches this measure');
      const readAs = /Read as practice <span class="note">\(the site(?:'|&#39;)s reading\)<\/span>/.test(html);
      const stated = implemented(html).includes('<ul>');
      // The card and matrix.json agree: stated ties are drawn as links, readings in their own row.
      if (row.events + row.activities > 0) expect(stated).toBe(true);
      expect(readAs).toBe(row.read_as_practice > 0);
      expect(nothing).toBe(!stated && !readAs);
    },
  );

  it('draws stated ties on 7 or more measures', () => {
    expect(rows.filter((r) => r.events + r.activities > 0).length).toBeGreaterThanOrEqual(7);
  });
});
