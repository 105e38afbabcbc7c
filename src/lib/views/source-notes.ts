/**
 * The notes on the sources: on an entry page (each note with its source, and the link to the
 * same note on the page that collects them all), and on that page, "Where sources disagree",
 * grouped by kind (conflict, inference, gap).
 */
import type { Graph, Node } from '../corpus/graph.ts';
import { sourceNotesUrl } from '../urls.ts';

export type NoteKind = 'conflict' | 'inference' | 'gap';

export interface SourceNoteView {
  entry: Node;
  field: string;
  kind: NoteKind;
  claim: string;
  source: Node<'sources'> | undefined;
  /** The source's id, shown where the source is not in the corpus. */
  sourceId: string;
  resolution: string;
  /** The anchor on the page of all notes, linked from the entry. */
  anchor: string;
}

/** The notes one entry records, in its own order. */
export function notesOf(node: Node, graph: Graph): SourceNoteView[] {
  return node.data.sourceNotes.map((n, i) => ({
    entry: node,
    field: n.field,
    kind: n.kind,
    claim: n.claim,
    source: graph.get('sources', n.source.id),
    sourceId: n.source.id,
    resolution: n.resolution,
    anchor: `${node.collection}-${node.id}-${i + 1}`,
  }));
}

const ORDER: Record<NoteKind, number> = { conflict: 0, inference: 1, gap: 2 };

/** Every note of the corpus: conflicts, then inferences, then gaps; by entry title within a kind. */
export function sourceNotes(graph: Graph): SourceNoteView[] {
  return [...graph.nodes.values()]
    .flatMap((node) => notesOf(node, graph))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.entry.title.localeCompare(b.entry.title));
}

/** How an entry page heads a note of each kind. */
export const NOTE_HEADING: Record<NoteKind, string> = {
  conflict: 'Sources differ',
  inference: 'Inferred by the site',
  gap: 'Not in the sources',
};

export interface ConflictsPage {
  groups: { kind: NoteKind; id: string; heading: string; intro: string; notes: SourceNoteView[] }[];
}

const GROUPS: { kind: NoteKind; heading: string; intro: string }[] = [
  {
    kind: 'conflict',
    heading: 'Where sources disagree',
    intro: 'Two sources give different facts; the site records both and says which it follows.',
  },
  {
    kind: 'inference',
    heading: 'What the site infers',
    intro: 'A source leaves a fact open and the site infers it, saying how.',
  },
  {
    kind: 'gap',
    heading: 'What no source gives',
    intro: 'A fact the sources leave out, and how the site handles the gap.',
  },
];

/** The "Where sources disagree" page: the kinds that have notes, each with its count in the heading. */
export function conflictsPage(graph: Graph): ConflictsPage {
  const notes = sourceNotes(graph);
  return {
    groups: GROUPS.map((g) => {
      const list = notes.filter((n) => n.kind === g.kind);
      return { kind: g.kind, id: g.kind, heading: `${g.heading} (${list.length})`, intro: g.intro, notes: list };
    }).filter((g) => g.notes.length > 0),
  };
}

/** The link from a note on an entry page to the same note among all of them. */
export const noteUrl = (note: SourceNoteView): string => sourceNotesUrl(note.anchor);
