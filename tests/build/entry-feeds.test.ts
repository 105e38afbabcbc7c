/**
 * Every measure and State page announces its own feed (`<link rel="alternate">`) and links to it;
 * each feed, read back with fast-xml-parser, lists exactly the entries that name it, newest first.
 * "Name it" is worked out here from the data package's tables (their foreign keys to cbms or
 * states), not from the graph the feeds are made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

interface Resource {
  name: string;
  path: string;
  schema?: { fields: { name: string }[]; foreignKeys?: { fields: string[]; reference: { resource: string } }[] };
}
const DATA = join(DIST, 'data');
const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
const rowsOf = (path: string) =>
  parseCsv(readFileSync(join(DATA, path), 'utf8'), { columns: true }) as Record<string, string>[];
const collections = pkg.resources.filter((r) => r.schema?.fields[0]?.name === 'id').map((r) => r.name);
const pageOf = new Map<string, string>();
for (const c of collections)
  for (const row of rowsOf(`${c}.csv`)) pageOf.set(`${c}/${row['id']}`, new URL(row['page']!).pathname);

/** Entry keys (`collection/id`) that name each id of `target`, from every foreign key to it. */
function namers(target: 'cbms' | 'states'): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  const add = (id: string, key: string) => by.set(id, (by.get(id) ?? new Set()).add(key));
  for (const r of pkg.resources) {
    const keys = (r.schema?.foreignKeys ?? []).filter((k) => k.reference.resource === target);
    if (!r.schema || r.name === 'citations') continue;
    const owner = collections.includes(r.name) ? r.name : r.name.split('-')[0]!;
    for (const row of rowsOf(r.path))
      for (const k of keys) {
        const value = row[k.fields[0]!];
        if (value) add(value, `${owner}/${collections.includes(r.name) ? row['id'] : row['entry']}`);
      }
    // Lists nested in an object column (a term's related.cbms) are JSON cells.
    for (const f of r.schema?.fields ?? [])
      if (f.name.endsWith(`.${target}`))
        for (const row of rowsOf(r.path))
          for (const id of JSON.parse(row[f.name] || '[]') as string[]) add(id, `${owner}/${row['id']}`);
  }
  return by;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
function feedLinks(path: string): { links: string[]; dates: number[] } {
  const xml = parser.parse(readFileSync(join(DIST, path), 'utf8')) as {
    rss: { channel: { item?: { link: string; pubDate?: string }[] } };
  };
  const items = xml.rss.channel.item ?? [];
  return {
    links: items.map((i) => new URL(i.link).pathname),
    dates: items.flatMap((i) => (i.pubDate ? [Date.parse(i.pubDate)] : [])),
  };
}
function announced(pagePath: string): { alternate: string[]; visible: string[] } {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const head = /<head>[\s\S]*<\/head>/.exec(html)![0];
  return {
    alternate: [...head.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1]!,
    ),
    visible: [...html.matchAll(/<a class="entry-feed" href="([^"]+)"/g)].map((m) => m[1]!),
  };
}

describe('feeds per measure and per State', () => {
  it('each measure page announces its feed, which lists exactly the entries that name the measure, newest first', () => {
    const named = namers('cbms');
    const cbms = rowsOf('cbms.csv');
    expect(cbms).toHaveLength(16);
    for (const cbm of cbms) {
      const page = new URL(cbm['page']!).pathname;
      const feed = `${page}rss.xml`;
      expect(announced(page), page).toEqual({ alternate: ['/rss.xml', feed], visible: [feed] });
      const expected = new Set([...(named.get(cbm['id']!) ?? [])].filter((k) => k !== `cbms/${cbm['id']}`));
      expected.add(`decisions/${cbm['introducedBy']}`);
      const { links, dates } = feedLinks(feed);
      expect(links.sort().join('\n'), feed).toBe(
        [...expected]
          .map((k) => pageOf.get(k)!)
          .sort()
          .join('\n'),
      );
      expect(dates, feed).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('each State page announces its feed: the entries that name the State and its Chairmanship years’ events', () => {
    const named = namers('states');
    const chaired = new Map<string, Set<string>>();
    for (const row of rowsOf('states-chairmanships.csv'))
      chaired.set(row['entry']!, (chaired.get(row['entry']!) ?? new Set()).add(row['value']!));
    const events = rowsOf('events.csv');
    let nonEmpty = 0;
    for (const state of rowsOf('states.csv')) {
      const page = new URL(state['page']!).pathname;
      const feed = `${page}rss.xml`;
      expect(announced(page), page).toEqual({ alternate: ['/rss.xml', feed], visible: [feed] });
      const expected = new Set([...(named.get(state['id']!) ?? [])].filter((k) => k !== `states/${state['id']}`));
      const years = chaired.get(state['id']!) ?? new Set();
      for (const e of events) if (years.has(e['start']!.slice(0, 4))) expected.add(`events/${e['id']}`);
      const { links } = feedLinks(feed);
      expect(links.sort().join('\n'), feed).toBe(
        [...expected]
          .map((k) => pageOf.get(k)!)
          .sort()
          .join('\n'),
      );
      if (links.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
