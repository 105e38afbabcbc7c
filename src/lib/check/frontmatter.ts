/**
 * Reads an MDX file's YAML frontmatter with line positions, so that every problem can be
 * reported as `file:line`. YAML 1.2 (the `yaml` package) is used on purpose: unlike js-yaml,
 * which Astro uses, it keeps `2016-13-45` as the text written instead of rolling it over into
 * a real date, so impossible dates can be caught.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

import type { FieldPath } from '../../schemas/refs.ts';

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

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A file's MDX body, after its front matter, without reading the YAML (the whole text when there is none). */
export function bodyOf(source: string): string {
  const match = FENCE.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** Splits a file into YAML front matter (parsed, with lines) and its MDX body. */
export function parseFrontmatter(source: string): ParsedFile {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      syntaxErrors: [
        { line: 1, message: 'the file does not start with a YAML frontmatter block between two --- lines' },
      ],
      lineOf: () => 1,
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The frontmatter starts on line 2 (line 1 is the opening fence).
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const syntaxErrors = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  // A key written as a list or mapping (`? [a, b]: c`) has no field name.
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
      // An alias to an anchor that comes later, or too many aliases: YAML that parses but cannot be read as data.
      syntaxErrors.push({ line: 2, message: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);

  function lineOf(path: FieldPath): number {
    for (let depth = path.length; depth > 0; depth--) {
      const node = nodeAt(doc.contents, path.slice(0, depth));
      if (node?.range) return toFileLine(node.range[0]);
    }
    return 1;
  }

  return {
    data: syntaxErrors.length ? undefined : data,
    body: source.slice(match[0].length),
    bodyLine,
    syntaxErrors,
    lineOf,
  };
}

/** The key node (for a map entry) or item node (for a list entry) at `path`. */
function nodeAt(root: unknown, path: FieldPath): Node | undefined {
  let current: unknown = root;
  let found: Node | undefined;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      found = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (!item) return undefined;
      found = item as Node;
      current = item;
    } else {
      return undefined;
    }
  }
  return found;
}
