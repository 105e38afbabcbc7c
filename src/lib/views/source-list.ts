/** The sources an entry cites, with locators, and its notes where sources differ or leave a gap. */
import type { Graph, Node } from '../corpus/graph.ts';
import type { Grade } from '../corpus/evidence.ts';
import { notesOf, noteUrl } from './source-notes.ts';
import { uiFor, type Ui } from '../i18n/index.ts';

export interface SourceItem {
  /** The source page, where the source is in the corpus. */
  href?: string;
  text: string;
  publisher?: string;
  locator?: string;
  /** How strongly the source supports the entry: primary, secondary or inferred. */
  grade: Grade;
  /** The source itself, outside this site, where it has a public address. */
  outside?: { href: string; httpOnly: boolean };
}

export interface NoteItem {
  heading: string;
  field: string;
  source: { href?: string; text: string };
  claim: string;
  resolution: string;
  /** The same note on the page of all notes. */
  allHref: string;
}

export function sourceList(node: Node, graph: Graph, ui: Ui = uiFor()): { sources: SourceItem[]; notes: NoteItem[] } {
  const cited = 'sources' in node.data ? node.data.sources : [];
  return {
    sources: cited.map((s) => {
      const src = graph.get('sources', s.source.id);
      const url = src?.data.url;
      return {
        ...(src ? { href: src.url, text: src.title, publisher: src.data.publisher } : { text: s.source.id }),
        ...(s.locator ? { locator: s.locator } : {}),
        grade: s.grade,
        ...(url ? { outside: { href: url, httpOnly: url.startsWith('http:') } } : {}),
      };
    }),
    notes: notesOf(node, graph).map((n) => ({
      heading: ui.t.entry.noteKind[n.kind],
      field: n.field,
      source: n.source ? { href: n.source.url, text: n.source.title } : { text: n.sourceId },
      claim: n.claim,
      resolution: n.resolution,
      allHref: noteUrl(n),
    })),
  };
}
