/**
 * The timeline: every dated entry of the collections that are on it (decisions, documents,
 * events, activities), grouped by year, oldest first; within a year by date, a year-only
 * ("2016") entry before the dated ones. The page model adds the filters and the span.
 */
import { collectionsThat } from '../../schemas/capabilities.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { countOf } from '../format.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { headingOf } from '../corpus/naming.ts';
import { timelineUrl } from '../urls.ts';
import { fill, uiFor, type Ui } from '../i18n/index.ts';
import { proseFor, type Prose } from '../i18n/prose/index.ts';
import { proseEn } from '../i18n/prose/en.ts';

export const TIMELINE_COLLECTIONS: readonly CollectionName[] = collectionsThat('timeline');

export interface TimelineItem {
  node: Node;
  date: string;
  end?: string;
  ongoing: boolean;
}

export interface TimelineYear {
  year: number;
  items: TimelineItem[];
}

function itemOf(node: Node): TimelineItem | undefined {
  if (!node.date) return undefined;
  const base = { node, date: node.date, ongoing: node.collection === 'activities' && node.data.ongoing };
  const end = node.collection === 'events' || node.collection === 'activities' ? node.data.end : undefined;
  return end ? { ...base, end } : base;
}

export function buildTimeline(graph: Graph, only?: CollectionName): TimelineYear[] {
  const items = (only ? [only] : TIMELINE_COLLECTIONS)
    .flatMap((c) => graph.nodesOf(c).map(itemOf))
    .filter((i) => i !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.node.title.localeCompare(b.node.title));
  const years = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].map(([year, list]) => ({ year, items: list }));
}

export interface TimelinePage {
  title: string;
  description: string;
  filters: { label: string; href: string; current: boolean }[];
  /** "24 entries, 2004–2025." */
  summary: string;
  years: {
    year: number;
    id: string;
    /** `lang` is set where the entry has no translation into the page's language. */
    items: { when: string; type: string; href: string; text: string; lang?: string }[];
  }[];
  /**
   * Stretches of years between the first and the last with no entry, so that an empty year says so
   * instead of vanishing; each placed after the year that precedes it (`after`).
   */
  gaps: TimelineGap[];
}

export interface TimelineGap {
  /** The year after which the gap falls. */
  after: number;
  id: string;
  /** "2007" or "2007–2011". */
  label: string;
  text: string;
}

/**
 * The stretches of consecutive years with no entry between the first and the last year. `what`
 * names what the gap has none of; `text` words the notice (English unless given).
 */
export function timelineGaps(
  years: readonly number[],
  what: string,
  text: Pick<Prose['timeline'], 'gapYear' | 'gapYears'> = proseEn.timeline,
): TimelineGap[] {
  const sorted = [...years].sort((a, b) => a - b);
  const gaps: TimelineGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1]! + 1;
    const to = sorted[i]! - 1;
    if (from > to) continue;
    const label = from === to ? String(from) : `${from}–${to}`;
    gaps.push({
      after: sorted[i - 1]!,
      id: `y${from}`,
      label,
      text: fill(from === to ? text.gapYear : text.gapYears, { what }),
    });
  }
  return gaps;
}

/** The whole timeline (`only` left out) or one collection's, ready to print in the reader's language. */
export function timelinePage(graph: Graph, only?: CollectionName, ui: Ui = uiFor()): TimelinePage {
  const { t } = ui;
  const p = proseFor(ui.locale).timeline;
  const years = buildTimeline(graph, only);
  const total = years.reduce((n, y) => n + y.items.length, 0);
  const title = only ? t.collections[only].title : '';
  const name = title.toLocaleLowerCase(ui.tag);
  const none = p.none as Record<string, string>;
  // English keeps its counts as before (no thousands separator); other languages count through Intl.
  const count = ui.locale === 'en' ? countOf(total) : ui.count(p.entries, total);
  return {
    title: only ? fill(p.titleOf, { name, title }) : p.title,
    description: only ? fill(p.descriptionOf, { name, title }) : p.description,
    filters: [
      { label: p.all, href: timelineUrl(), current: only === undefined },
      ...TIMELINE_COLLECTIONS.map((c) => ({
        label: t.collections[c].title,
        href: timelineUrl(c),
        current: c === only,
      })),
    ],
    summary: fill(p.summary, { count, from: years[0]?.year ?? '', to: years.at(-1)?.year ?? '' }),
    gaps: timelineGaps(
      years.map((y) => y.year),
      none[only ?? 'all'] ?? name,
      p,
    ),
    years: years.map((y) => ({
      year: y.year,
      id: `y${y.year}`,
      items: y.items.map((i) => ({
        when: ui.dateRange(i.date, i.end, i.ongoing),
        type: t.collections[i.node.collection].singular,
        href: i.node.url,
        text: headingOf(i.node),
        ...(i.node.lang ? { lang: i.node.lang } : {}),
      })),
    })),
  };
}
