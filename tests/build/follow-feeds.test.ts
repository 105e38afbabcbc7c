/**
 * Following a measure or a State: each measure and State page announces its own feed and links it,
 * and each feed, read back with an XML parser, lists exactly the entries that name the measure or
 * the State — worked out here from the open-data exports, not from the code that made the feed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

type Row = Record<string, unknown> & { id: string; page: string };
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const rows = (name: string) => JSON.parse(read(`data/${name}.json`)) as Row[];
const path = (url: string) => new URL(url).pathname;
const dated = ['decisions', 'documents', 'events', 'activities'].flatMap((c) => rows(c).map((r) => ({ c, r })));

/** The items of a feed file, as a feed reader sees them. */
function feedLinks(file: string): string[] {
  const xml = read(file);
  expect(XMLValidator.validate(xml), file).toBe(true);
  const channel = new XMLParser().parse(xml).rss.channel as {
    title: string;
    item?: { link: string } | { link: string }[];
  };
  expect(channel.title).toMatch(/^CyberCBM: /);
  return [channel.item ?? []].flat().map((i) => path(i.link));
}

/** Whether a value anywhere in a row (not its prose) is exactly `id`, or an object naming it under `key`. */
function names(value: unknown, id: string, key?: string): boolean {
  if (Array.isArray(value)) return value.some((v) => names(v, id, key));
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => (key && k === key ? v === id : names(v, id, key)));
  return value === id;
}

function announces(page: string, feed: string) {
  const html = read(page);
  expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="CyberCBM: `);
  expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}"`));
  expect(html).toMatch(new RegExp(`<a href="${feed}">Follow this (measure|State) \\(RSS\\)</a>`));
}

describe('the feed of each measure', () => {
  const cbms = rows('cbms');
  it.each(cbms.map((m) => [Number(m['number']), m] as const))('CBM %i: announced, and exactly its entries', (n, m) => {
    const feed = `/cbms/${n}/rss.xml`;
    announces(`cbms/${n}/index.html`, feed);
    const expected = dated
      .filter(({ c, r }) =>
        c === 'decisions'
          ? r.id === m['introducedBy'] || names(r['cbms'], m.id, 'cbm')
          : names(r['cbms'], m.id) || names(r['readings'], m.id, 'cbm'),
      )
      .map(({ r }) => path(r.page));
    expect(feedLinks(feed.slice(1)).sort()).toEqual(expected.sort());
  });
});

describe('the feed of each State', () => {
  const states = rows('states');
  it('exists for every State, announced on its page', () => {
    expect(states.length).toBeGreaterThanOrEqual(68);
    for (const s of states) {
      expect(existsSync(join(DIST, 'states', s.id, 'rss.xml')), s.id).toBe(true);
      announces(`states/${s.id}/index.html`, `/states/${s.id}/rss.xml`);
    }
  });

  it.each(states.map((s) => [s.id, s] as const))(
    '%s: exactly the entries that name it and its Chairmanship events',
    (id, s) => {
      const years = new Set((s['chairmanships'] as number[]).map(String));
      const expected = dated
        .filter(
          ({ c, r }) =>
            names({ ...r, id: undefined, page: undefined, cbms: undefined, readings: undefined }, id) ||
            (c === 'events' && years.has(String(r['start']).slice(0, 4))),
        )
        .map(({ r }) => path(r.page));
      expect(feedLinks(`states/${id}/rss.xml`).sort()).toEqual(expected.sort());
    },
  );
});
