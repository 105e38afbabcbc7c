/** The changelog: the commits that changed content/, newest first, each with the entries it touched. */
import type { Graph } from '../corpus/graph.ts';
import { countOf, formatDate } from '../format.ts';
import { entryOfFile } from '../urls.ts';

/** A commit that touched content/ (read from git by the site's adapter). */
export interface ContentChange {
  date: string;
  commit: string;
  subject: string;
  files: string[];
}

export interface ChangelogItem {
  date: string;
  href: string;
  subject: string;
  /** "3 files". */
  files: string;
  /** The entries the commit touched, when they are few enough to list (eight at most). */
  entries: { href: string; label: string }[];
}

/** More entries than this in one commit are counted, not listed. */
const MAX_LISTED = 8;

export function changelog(graph: Graph, log: readonly ContentChange[], repository: string): ChangelogItem[] {
  return log.map((c) => {
    const entries = c.files
      .map(entryOfFile)
      .map((e) => e && graph.get(e.collection, e.id))
      .filter((n) => n !== undefined);
    return {
      date: formatDate(c.date),
      href: `${repository}/commit/${c.commit}`,
      subject: c.subject,
      files: countOf(c.files.length, 'file', 'files'),
      entries: entries.length <= MAX_LISTED ? entries.map((n) => ({ href: n.url, label: n.label })) : [],
    };
  });
}
