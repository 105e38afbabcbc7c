/**
 * Glossary links at render time, without JavaScript: in an entry's body, the first use of a
 * glossary term (its name, its name without a trailing parenthesis, or an alias) links to the
 * term's entry. At most once per term per page; never inside headings, links, code or HTML; the
 * longest name wins where names overlap ("Ministerial Council" before "Ministerial"); never on
 * the term's own page; a name used as a label ("CBM 8", "PC.DEC/1106") is not a use of the term.
 */
import { fileURLToPath } from 'node:url';
import type { Link, Parents, Text } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';

/** A term as the linker needs it: where its entry is and the names it goes by. */
export interface GlossaryTerm {
  id: string;
  href: string;
  names: readonly string[];
}

/** Every name a term goes by: its heading, the heading without a trailing "(…)" and split at " / ", and its aliases. */
export function termNames(term: string, aliases: readonly string[]): string[] {
  const bare = term.replace(/\s*\([^)]*\)\s*$/, '');
  return [...new Set([term, bare, ...bare.split(' / '), ...aliases].map((n) => n.trim()).filter((n) => n.length > 1))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One name as a pattern: exact where the name has capitals after its first letter (ICT, PC,
 * Permanent Council), else with either case of its first letter ("Point of contact", "point of contact").
 */
function namePattern(name: string): string {
  const first = name[0]!;
  const exact = /\p{Lu}/u.test(name.slice(1)) || first.toLowerCase() === first.toUpperCase();
  return exact
    ? escape(name)
    : `[${escape(first.toLowerCase())}${escape(first.toUpperCase())}]${escape(name.slice(1))}`;
}

/** Words only: not inside a longer word, not part of a symbol ("PC.DEC/1106", "MC-5"), not a numbered label ("CBM 8"). */
const BEFORE = '(?<![\\p{L}\\p{N}][./-]?)(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])(?![./-][\\p{L}\\p{N}])(?!\\s?\\d)';

export interface TermMatcher {
  pattern: RegExp;
  /** The term a matched text belongs to. */
  termOf(text: string): GlossaryTerm | undefined;
}

/** The matcher of a glossary: one pattern, longest names first, so the longest name wins at each place. */
export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher | undefined {
  const byName = new Map<string, GlossaryTerm>();
  for (const t of terms) for (const n of t.names) if (!byName.has(n)) byName.set(n, t);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!names.length) return undefined;
  const lower = new Map([...byName].map(([n, t]) => [n[0]!.toLowerCase() + n.slice(1), t]));
  return {
    pattern: new RegExp(`${BEFORE}(?:${names.map(namePattern).join('|')})${AFTER}`, 'gu'),
    termOf: (text) => byName.get(text) ?? lower.get(text[0]!.toLowerCase() + text.slice(1)),
  };
}

/**
 * One matcher per glossary (and per term page, which leaves its own term out), built once and
 * reused for every body rendered with that glossary: its pattern joins every name of every term.
 */
const matchers = new WeakMap<readonly GlossaryTerm[], Map<string | undefined, TermMatcher | undefined>>();
function matcherFor(terms: readonly GlossaryTerm[], ownId: string | undefined): TermMatcher | undefined {
  let byOwn = matchers.get(terms);
  if (!byOwn) matchers.set(terms, (byOwn = new Map()));
  if (!byOwn.has(ownId)) byOwn.set(ownId, termMatcher(terms.filter((t) => t.id !== ownId)));
  return byOwn.get(ownId);
}

/** Nodes whose text never gets a glossary link. */
const SKIP = new Set([
  'heading',
  'link',
  'linkReference',
  'code',
  'inlineCode',
  'html',
  'definition',
  'footnoteDefinition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/**
 * The matches of the pattern in `text`, by `exec` on the one shared pattern: `matchAll` would
 * build a new RegExp from the long pattern on every call, once per text node of every page.
 */
function* matches(text: string, pattern: RegExp): Generator<{ index: number; text: string }> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) yield { index: m.index, text: m[0] };
}

/** Whether some match in `text` is a term not linked yet (nothing is recorded). */
function hasNewTerm(text: string, matcher: TermMatcher, used: readonly string[]): boolean {
  for (const m of matches(text, matcher.pattern)) {
    const term = matcher.termOf(m.text);
    if (term && !used.includes(term.id)) return true;
  }
  return false;
}

/** A text node cut into text and links at the first use of each not-yet-linked term; undefined when nothing matched. */
function split(node: Text, matcher: TermMatcher, used: string[]): (Text | Link)[] | undefined {
  const out: (Text | Link)[] = [];
  let last = 0;
  for (const m of [...matches(node.value, matcher.pattern)]) {
    const term = matcher.termOf(m.text);
    if (!term || used.includes(term.id)) continue;
    used.push(term.id);
    if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    out.push({
      type: 'link',
      url: term.href,
      title: null,
      children: [{ type: 'text', value: m.text }],
      data: { hProperties: { className: ['term'] } },
    });
    last = m.index + m.text.length;
  }
  if (!out.length) return undefined;
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/** The id of the glossary entry a file is, from its path (`…/content/terms/ict.mdx` → `ict`). */
export function ownTermId(path: string | undefined): string | undefined {
  return path ? /[/\\]content[/\\]terms[/\\]([^/\\]+)\.mdx?$/.exec(path)?.[1] : undefined;
}

/**
 * The Markdown plugin (Sätteri, mdast). `glossary` is called once per file, so a build reads the
 * terms as they are on disk; the file's own path says whether it is a term's entry. Only entry
 * bodies (files under content/) get links. Sätteri hands over the text nodes only, in document
 * order; a node's ancestors are looked at only when it holds a term not linked yet.
 */
export function glossaryLinksPlugin(options: { glossary: () => readonly GlossaryTerm[] }): MdastPluginEntry {
  return (ctx) => {
    const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    if (!path || !/[/\\]content[/\\]/.test(path)) return undefined;
    const matcher = matcherFor(options.glossary(), ownTermId(path));
    if (!matcher) return undefined;
    const used: string[] = [];
    const plugin: MdastPluginDefinition = {
      name: 'cybercbm-glossary-links',
      text(node, visit) {
        if (!hasNewTerm(node.value, matcher, used)) return;
        for (let up: Readonly<Parents> | undefined = visit.parent(node); up; up = visit.parent(up))
          if (SKIP.has(up.type)) return;
        const parts = split(node, matcher, used);
        if (parts) visit.replaceNode(node, parts);
      },
    };
    return plugin;
  };
}
