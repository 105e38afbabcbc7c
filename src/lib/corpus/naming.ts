/**
 * How an entry is named and dated for readers: its title, its short label ("PC 1106", "CBM 15"),
 * its heading (a decision is headed by its symbol), and the date it is ordered by.
 */
import { formatDate, shortSymbol } from '../format.ts';
import { unhandled } from '../../schemas/collections.ts';
import type { CorpusEntry } from './entries.ts';

/** A measure's short label in English, "CBM 15"; a page in another language hands its own (src/lib/i18n/). */
export const CBM_LABEL = (n: number): string => `CBM ${n}`;

/** The title of an entry as readers see it: "CBM 15: Critical infrastructure", "Ukraine". */
export function titleOf(entry: CorpusEntry, cbmLabel = CBM_LABEL): string {
  switch (entry.collection) {
    case 'cbms':
      return `${cbmLabel(entry.data.number)}: ${entry.data.title}`;
    case 'bodies':
    case 'states':
      return entry.data.name;
    case 'terms':
      return entry.data.term;
    case 'decisions':
    case 'documents':
    case 'events':
    case 'activities':
    case 'sources':
    case 'frameworks':
    case 'norms':
      return entry.data.title;
    default:
      return unhandled(entry);
  }
}

/** A short label for tables and lists: "PC 1106", "CBM 15", a body's short name. */
export function labelOf(entry: CorpusEntry, cbmLabel = CBM_LABEL): string {
  switch (entry.collection) {
    case 'decisions':
      return shortSymbol(entry.data.symbol);
    case 'cbms':
      return cbmLabel(entry.data.number);
    case 'bodies':
      return entry.data.shortName ?? entry.data.name;
    case 'norms':
      return entry.data.label;
    case 'frameworks':
      return entry.data.symbol ?? entry.data.title;
    case 'documents':
    case 'events':
    case 'activities':
    case 'states':
    case 'sources':
    case 'terms':
      return titleOf(entry);
    default:
      return unhandled(entry);
  }
}

/** The entry's main date, if it has one: adopted, issued, started or published. */
export function dateOf(entry: CorpusEntry): string | undefined {
  switch (entry.collection) {
    case 'decisions':
      return entry.data.adopted;
    case 'documents':
    case 'frameworks':
      return entry.data.date;
    case 'events':
    case 'activities':
      return entry.data.start;
    case 'sources':
      return entry.data.published;
    // Undated: a measure is dated by the decision that introduced it, the rest by nothing.
    case 'cbms':
    case 'bodies':
    case 'states':
    case 'terms':
    case 'norms':
      return undefined;
    default:
      return unhandled(entry);
  }
}

/** What names a node in lists and headings. */
export interface Named {
  collection: CorpusEntry['collection'];
  title: string;
  label: string;
  date?: string | undefined;
}

/** The heading of an entry: a decision leads with its symbol ("PC 1202: …"), a norm with its label ("13(j): …"), others with their title. */
export function headingOf(node: Named): string {
  return node.collection === 'decisions' || node.collection === 'norms' ? `${node.label}: ${node.title}` : node.title;
}

/** A line for lists: "PC 1106 · 3 December 2013". */
export function describeNode(node: Named, date: (value: string) => string = formatDate): string {
  return node.date ? `${node.label} · ${date(node.date)}` : node.label;
}
