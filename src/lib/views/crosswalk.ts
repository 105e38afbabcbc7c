/**
 * The cross-walk between the OSCE measures and the norms of other frameworks (the UN GGE 2015
 * norms, the OAS measures …). Every link names its basis: a cited source with a locator, or the
 * site's own reading with a one-line reason; everything here keeps the two apart so that pages
 * draw them differently. `/crosswalk/`, its CSV and JSON, and the cross-walk sections of the
 * measure, norm and framework pages all read `crosswalkLinks` (the exports: crosswalk-exports.ts).
 */
import { fill, uiFor, type Ui } from '../i18n/index.ts';
import { proseFor } from '../i18n/prose/index.ts';
import type { Graph, Node, NodeOf } from '../corpus/graph.ts';

export type Basis = 'source' | 'reading';

/** How each basis is named for readers, in the legend and beside each link. */
export const BASIS_TEXT: Record<Basis, { label: string; mark: string; description: string }> = {
  source: {
    label: 'stated by a source',
    mark: '●',
    description: 'a cited source states the correspondence (the locator says where)',
  },
  reading: {
    label: "the site's reading",
    mark: '○',
    description: "the site's own reading of the two texts, with its reason; no source states it",
  },
};

/** The two bases in the reader's language (English: `BASIS_TEXT`). */
function basisText(ui: Ui): Record<Basis, { label: string; mark: string; description: string }> {
  const { basis } = ui.t.crosswalk;
  return {
    source: { ...BASIS_TEXT.source, ...basis.source },
    reading: { ...BASIS_TEXT.reading, ...basis.reading },
  };
}

/** The legend of the two bases, in the order pages draw them. */
export function basisLegend(ui: Ui = uiFor()): { basis: Basis; label: string; mark: string; description: string }[] {
  const text = basisText(ui);
  return (Object.keys(text) as Basis[]).map((basis) => ({ basis, ...text[basis] }));
}

/** One link between a measure and a norm. */
export interface CrosswalkLink {
  cbm: NodeOf<'cbms'>;
  norm: NodeOf<'norms'>;
  framework?: NodeOf<'frameworks'> | undefined;
  basis: Basis;
  /** For a `source` basis: the source that states the link, and where. */
  source?: NodeOf<'sources'> | undefined;
  locator?: string;
  /** For a `reading`: why the site reads the measure as answering the norm. */
  reason?: string;
}

/** Norms in framework order (framework date, then its id), then in label order within a framework (13(a) … 13(k), CBM 1 … 6). */
export function orderedNorms(graph: Graph): NodeOf<'norms'>[] {
  const frameworks = graph.nodesOf('frameworks').map((f) => f.id);
  const rank = (n: NodeOf<'norms'>) => {
    const i = frameworks.indexOf(n.data.framework.id);
    return i < 0 ? frameworks.length : i;
  };
  return [...graph.nodesOf('norms')].sort(
    (a, b) => rank(a) - rank(b) || a.data.label.localeCompare(b.data.label, 'en', { numeric: true }),
  );
}

/** Every measure–norm link of the corpus, by measure number then norm order; links to entries not in the corpus are left out. */
export function crosswalkLinks(graph: Graph): CrosswalkLink[] {
  const links: CrosswalkLink[] = [];
  for (const norm of orderedNorms(graph)) {
    const framework = graph.get('frameworks', norm.data.framework.id);
    for (const l of norm.data.cbms) {
      const cbm = graph.get('cbms', l.cbm.id);
      if (!cbm) continue;
      links.push(
        l.basis === 'source'
          ? { cbm, norm, framework, basis: 'source', source: graph.get('sources', l.source.id), locator: l.locator }
          : { cbm, norm, framework, basis: 'reading', reason: l.reason },
      );
    }
  }
  const order = new Map(orderedNorms(graph).map((n, i) => [n.key, i]));
  return links.sort((a, b) => a.cbm.data.number - b.cbm.data.number || order.get(a.norm.key)! - order.get(b.norm.key)!);
}

/** A column group of the table: one framework and its norms. */
export interface CrosswalkGroup {
  label: string;
  href?: string;
  /** `lang` is set where the norm has no translation into the page's language (its label and title are English). */
  norms: { label: string; title: string; href: string; lang?: string }[];
}

export interface CrosswalkCell {
  basis: Basis;
  /** Where the cell links: the norm's page, at the measure's row of its links. */
  href: string;
  /** What the cell says to a screen reader and in its tooltip. */
  text: string;
  /** The values of `text`'s template (src/lib/i18n/prose/), for markup that marks the norm's label as English. */
  values: { cbm: string; norm: string; basis: string };
  /** `en-GB` where the norm has no translation into the page's language. */
  normLang?: string;
}

export interface CrosswalkTable {
  groups: CrosswalkGroup[];
  rows: {
    cbm: number;
    label: string;
    title: string;
    /** `en-GB` where the measure has no translation into the page's language. */
    lang?: string;
    href: string;
    cells: (CrosswalkCell | undefined)[];
    count: number;
  }[];
  counts: Record<Basis, number>;
}

/** The anchor of one measure's link on a norm's page: `cbm-16`. */
export const linkAnchor = (cbm: number) => `link-cbm-${cbm}`;

/** The table of `/crosswalk/`: measures (rows) × norms grouped by framework (columns); a cell per link. */
export function crosswalkTable(graph: Graph, ui: Ui = uiFor()): CrosswalkTable {
  const bases = basisText(ui);
  const { cell } = proseFor(ui.locale).crosswalk;
  const norms = orderedNorms(graph);
  const groups: CrosswalkGroup[] = [];
  for (const n of norms) {
    const f = graph.get('frameworks', n.data.framework.id);
    const label = f?.label ?? n.data.framework.id;
    let group = groups.at(-1);
    if (!group || group.label !== label) groups.push((group = { label, ...(f ? { href: f.url } : {}), norms: [] }));
    group.norms.push({ label: n.data.label, title: n.data.title, href: n.url, ...(n.lang ? { lang: n.lang } : {}) });
  }
  const links = crosswalkLinks(graph);
  const byPair = new Map(links.map((l) => [`${l.cbm.key}|${l.norm.key}`, l]));
  const counts: Record<Basis, number> = { source: 0, reading: 0 };
  for (const l of links) counts[l.basis] += 1;
  const rows = graph.nodesOf('cbms').map((cbm) => {
    const cells = norms.map((norm): CrosswalkCell | undefined => {
      const l = byPair.get(`${cbm.key}|${norm.key}`);
      if (!l) return undefined;
      const values = { cbm: cbm.label, norm: norm.data.label, basis: bases[l.basis].label };
      return {
        basis: l.basis,
        href: `${norm.url}#${linkAnchor(cbm.data.number)}`,
        text: fill(cell, values),
        values,
        ...(norm.lang ? { normLang: norm.lang } : {}),
      };
    });
    return {
      cbm: cbm.data.number,
      label: cbm.label,
      title: cbm.data.title,
      ...(cbm.lang ? { lang: cbm.lang } : {}),
      href: cbm.url,
      cells,
      count: cells.filter(Boolean).length,
    };
  });
  return { groups, rows, counts };
}

/** One link as a list item on a measure, norm or framework page. */
export interface CrosswalkItem {
  id: string;
  /** The other end: the norm on a measure's page, the measure on a norm's page. */
  href: string;
  text: string;
  basis: Basis;
  basisLabel: string;
  mark: string;
  /** The reason (reading) or the source and its locator (source). */
  why: string;
  sourceHref?: string;
  /** The language of `text` and `why` where it is not the page's: norms are not translated. */
  lang?: string;
}

function itemOf(l: CrosswalkLink, side: 'norm' | 'cbm', ui: Ui): CrosswalkItem {
  const other: Node = side === 'norm' ? l.norm : l.cbm;
  const text =
    side === 'norm' ? `${l.framework?.label ?? ''} ${l.norm.data.label}: ${l.norm.data.title}`.trim() : l.cbm.title;
  const why = l.basis === 'reading' ? (l.reason ?? '') : [l.source?.title, l.locator].filter(Boolean).join(', ');
  return {
    id: linkAnchor(l.cbm.data.number) + (side === 'norm' ? `-${l.norm.id}` : ''),
    href: other.url,
    text,
    basis: l.basis,
    basisLabel: basisText(ui)[l.basis].label,
    mark: BASIS_TEXT[l.basis].mark,
    why,
    ...(ui.locale === 'en' ? {} : { lang: 'en-GB' }),
    ...(l.basis === 'source' && l.source ? { sourceHref: l.source.url } : {}),
  };
}

/** The cross-walk section of an entry page: a measure's norms, a norm's measures, a framework's links. */
export interface CrosswalkSection {
  heading: string;
  items: CrosswalkItem[];
  /** How many of the items rest on each basis. */
  counts: Record<Basis, number>;
}

/** The links an entry page shows: for a measure, for a norm, or for every norm of a framework; undefined for other entries. */
export function crosswalkSection(graph: Graph, node: Node, ui: Ui = uiFor()): CrosswalkSection | undefined {
  const { t } = ui;
  let links: CrosswalkLink[];
  let side: 'norm' | 'cbm';
  let heading: string;
  const all = () => crosswalkLinks(graph);
  if (node.collection === 'cbms')
    [links, side, heading] = [all().filter((l) => l.cbm.key === node.key), 'norm', t.crosswalk.normsOfMeasure];
  else if (node.collection === 'norms')
    [links, side, heading] = [all().filter((l) => l.norm.key === node.key), 'cbm', t.crosswalk.measuresOfNorm];
  else if (node.collection === 'frameworks')
    [links, side, heading] = [all().filter((l) => l.framework?.key === node.key), 'norm', t.crosswalk.frameworkLinks];
  else return undefined;
  const items = links.map((l) => {
    const item = itemOf(l, side, ui);
    // On a framework's page each item names both ends: the norm and the measure.
    return node.collection === 'frameworks'
      ? {
          ...item,
          text: `${l.norm.data.label} ↔ ${l.cbm.label}: ${l.norm.data.title}`,
          id: `${l.norm.id}-${l.cbm.data.number}`,
        }
      : item;
  });
  const counts: Record<Basis, number> = { source: 0, reading: 0 };
  for (const i of items) counts[i.basis] += 1;
  return { heading, items, counts };
}

/** Everything `/crosswalk/` shows: the table, the legend, and every link with its basis, measure by measure (what a phone and print read in full). */
export function crosswalkPage(graph: Graph, ui: Ui = uiFor()) {
  const table = crosswalkTable(graph, ui);
  const links = crosswalkLinks(graph);
  const byMeasure = graph
    .nodesOf('cbms')
    .map((cbm) => ({
      id: `cbm-${cbm.data.number}`,
      heading: cbm.title,
      ...(cbm.lang ? { lang: cbm.lang } : {}),
      href: cbm.url,
      items: links.filter((l) => l.cbm.key === cbm.key).map((l) => itemOf(l, 'norm', ui)),
    }))
    .filter((m) => m.items.length > 0);
  const unlinked = orderedNorms(graph)
    .filter((n) => !links.some((l) => l.norm.key === n.key))
    .map((n) => ({
      href: n.url,
      text: `${graph.get('frameworks', n.data.framework.id)?.label ?? ''} ${n.data.label}: ${n.data.title}`.trim(),
      ...(n.lang ? { lang: n.lang } : {}),
    }));
  return {
    table,
    legend: basisLegend(ui),
    byMeasure,
    unlinked,
    frameworks: graph
      .nodesOf('frameworks')
      .map((f) => ({ href: f.url, text: f.title, note: f.label, ...(f.lang ? { lang: f.lang } : {}) })),
  };
}
