/** Every recorded note on the sources, across the corpus, for the "Where sources disagree" page. */
import type { Graph, Node } from './graph.ts';

export interface SourceNoteView {
  entry: Node;
  field: string;
  kind: 'conflict' | 'inference' | 'gap';
  claim: string;
  source: Node | undefined;
  resolution: string;
  /** The anchor on this page, linked from the entry. */
  anchor: string;
}

export function sourceNotes(graph: Graph): SourceNoteView[] {
  const notes: SourceNoteView[] = [];
  for (const node of graph.nodes.values()) {
    const list = (node.data['sourceNotes'] as { field: string; kind: SourceNoteView['kind']; claim: string; source: { id: string }; resolution: string }[]) ?? [];
    list.forEach((n, i) => {
      notes.push({
        entry: node,
        field: n.field,
        kind: n.kind,
        claim: n.claim,
        source: graph.get('sources', n.source.id),
        resolution: n.resolution,
        anchor: noteAnchor(node, i),
      });
    });
  }
  const order = { conflict: 0, inference: 1, gap: 2 };
  return notes.sort((a, b) => order[a.kind] - order[b.kind] || a.entry.title.localeCompare(b.entry.title));
}

export function noteAnchor(node: Node, index: number): string {
  return `${node.collection}-${node.id}-${index + 1}`;
}
