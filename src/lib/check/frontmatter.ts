/**
 * Reads an MDX file's YAML frontmatter with line positions, so that every problem can be
 * reported as `file:line`. YAML 1.2 (the `yaml` package) is used on purpose: unlike js-yaml,
 * which Astro uses, it keeps `2016-13-45` as the text written instead of rolling it over into
 * a real date, so impossible dates can be caught.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

import type { FieldPath } from '../../schemas/refs.ts';
import { FENCE } from '../markdown/parse.ts';

export interface ParsedFile {
  /** The frontmatter as plain data (undefined when it is missing or not a mapping). */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** YAML syntax errors, with their 1-based lines. */
  syntaxErrors: { line: number; message: string }[];
  /** The 1-based line of the field at `path`, or of its closest parent that exists. */
  lineOf(path: FieldPath): number;
}

/**
 * What a file's YAML says, as plain data that can be stored between builds (its parse is most of
 * the content check's time on a large corpus, and an unchanged file gives the same facts): the
 * data, the syntax errors, where the body starts, and the line of every key and list item.
 */
export interface FrontmatterFacts {
  data: unknown;
  /** Where the body starts in the text. */
  bodyStart: number;
  bodyLine: number;
  syntaxErrors: { line: number; message: string }[];
  /** The lines of the document's keys and items, in the document's shape. */
  lines: LineTree;
}

/**
 * A node's line (of its key, for a map entry), and its children: by key (String() of the key, as
 * `nodeAt` compares) under a mapping, by index under a list.
 */
export interface LineTree {
  line?: number;
  map?: Record<string, LineTree>;
  seq?: LineTree[];
}

/** Reads a file's front matter into facts (see `FrontmatterFacts`). */
export function frontmatterFacts(source: string): FrontmatterFacts {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      bodyStart: 0,
      bodyLine: 1,
      syntaxErrors: [
        { line: 1, message: 'the file does not start with a YAML frontmatter block between two --- lines' },
      ],
      lines: {},
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const syntaxErrors = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  visit(doc, {
    Pair: (_, pair) => {
      if (pair.key !== null && !isScalar(pair.key)) {
        const at = (pair.key as Node).range?.[0] ?? 0;
        syntaxErrors.push({ line: toFileLine(at), message: 'a key must be a plain name, not a list or a mapping' });
      }
    },
  });
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      syntaxErrors.push({ line: 2, message: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    data: syntaxErrors.length ? undefined : data,
    bodyStart: match[0].length,
    bodyLine,
    syntaxErrors,
    lines: lineTree(doc.contents, undefined, toFileLine),
  };
}

/** The line tree of a YAML node whose own line (its key's, for a map entry) is `line`. */
function lineTree(node: unknown, line: number | undefined, toFileLine: (offset: number) => number): LineTree {
  const tree: LineTree = line === undefined ? {} : { line };
  if (isMap(node)) {
    // No prototype: a key named "constructor" or "__proto__" is a key like any other.
    const map: Record<string, LineTree> = Object.create(null) as Record<string, LineTree>;
    tree.map = map;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      // The first pair of a key is the one a lookup meets (duplicate keys are a syntax error anyway).
      if (Object.hasOwn(map, key)) continue;
      const at = (pair.key as Node).range?.[0];
      map[key] = lineTree(pair.value, at === undefined ? undefined : toFileLine(at), toFileLine);
    }
  } else if (isSeq(node)) {
    tree.seq = node.items.map((item) => {
      const at = (item as Node | null)?.range?.[0];
      return lineTree(item, at === undefined ? undefined : toFileLine(at), toFileLine);
    });
  }
  return tree;
}

/** A parsed file from its text and the facts of its front matter (read now, or stored by an earlier build). */
export function parsedFrom(source: string, facts: FrontmatterFacts): ParsedFile {
  return {
    data: facts.data,
    body: source.slice(facts.bodyStart),
    bodyLine: facts.bodyLine,
    syntaxErrors: facts.syntaxErrors,
    lineOf: (path) => lineIn(facts.lines, path),
  };
}

/** The line of the field at `path`, or of its closest parent that exists (1 when none does). */
function lineIn(tree: LineTree, path: FieldPath): number {
  let line = 1;
  let node: LineTree | undefined = tree;
  for (const segment of path) {
    if (node.map) node = Object.hasOwn(node.map, String(segment)) ? node.map[String(segment)] : undefined;
    else if (node.seq && typeof segment === 'number') node = node.seq[segment];
    else node = undefined;
    if (!node) break;
    if (node.line !== undefined) line = node.line;
  }
  return line;
}

/** Splits a file into YAML front matter (parsed, with lines) and its MDX body. */
export function parseFrontmatter(source: string): ParsedFile {
  return parsedFrom(source, frontmatterFacts(source));
}
