/**
 * Robustness of the check under bad input (property-based, fast-check): thousands of real entries
 * mutated as a hurried maintainer might (keys dropped, misspelt or given the wrong type, dates
 * mangled, references to ids that do not exist, stray MDX in the body, broken YAML) are each
 * judged without an exception or a hang, and every problem names its file, a line of that file
 * and a field. Mutations whose mistake is known (a dropped required key, a misspelt key, a
 * dangling reference, an impossible date) must be reported on that very field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFiles, type ContentFile } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/check/report.ts';
import { readContentFiles } from '../../../src/adapter/content-files.ts';
import { partialDateProblem } from '../../../src/schemas/dates.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/index.ts';
import { collectionFields } from '../../../src/schemas/introspect.ts';

const root = new URL('../../../', import.meta.url).pathname;
// The record's entries (translations are judged against their originals: tests/unit/check/translations.test.ts).
const real = readContentFiles(root).filter((f) => !f.path.startsWith('content/translations/'));
/** The corpus every batch is checked against: real files, bodies dropped (the lint is not what is mutated here) except decisions', whose measure headings the rules read. */
const base: ContentFile[] = real.map((f) =>
  f.path.includes('/decisions/') ? f : { ...f, text: f.text.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1') },
);
const seeds = real.map((f) => {
  const [, collection] = f.path.split('/') as [string, CollectionName];
  const [, yamlText = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.text) ?? [];
  return { collection, data: parse(yamlText) as Record<string, unknown>, body };
});

/** What a mutation did, when it is a mistake with a known place. */
/** `value`: what the field holds after the mutation (undefined: dropped); a later mutation may undo it. */
type Expect = { field: string; value: unknown; corpus?: boolean } | undefined;
type Mutation = (data: Record<string, unknown>, collection: CollectionName) => Expect;

const STRAY = [
  '<div',
  '{',
  '}',
  'import x from "y"',
  'export const a = 1',
  '<script>alert(1)</script>',
  '</span>',
  '<>',
  '[a](',
  '{/*',
  '<a href="javascript:x">',
  '# Title',
  '\\',
  '&',
  '<!--',
  '`',
  '$$',
];
const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 2 }),
);
const fieldsOf = (c: CollectionName) => collectionFields(c);

/** A mutation of one entry's front matter, and the field it must be reported on (if known). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Drop a key (a required one must then be reported missing).
  fc.nat().map((n): Mutation => (data, c) => {
    const keys = Object.keys(data);
    if (!keys.length) return undefined;
    const key = keys[n % keys.length]!;
    delete data[key];
    return fieldsOf(c).find((f) => f.name === key)?.required ? { field: key, value: undefined } : undefined;
  }),
  // Misspell a key: the misspelling is named.
  fc.tuple(fc.nat(), fc.stringMatching(/^[a-z]{1,3}$/)).map(([n, extra]): Mutation => (data, c) => {
    const keys = Object.keys(data);
    if (!keys.length) return undefined;
    const key = keys[n % keys.length]!;
    const renamed = `${key}${extra}`;
    if (fieldsOf(c).some((f) => f.name === renamed)) return undefined;
    data[renamed] = data[key];
    delete data[key];
    return { field: renamed, value: data[renamed] };
  }),
  // Give a key a value of another type.
  fc.tuple(fc.nat(), anyValue).map(([n, value]): Mutation => (data) => {
    const keys = Object.keys(data);
    if (keys.length) data[keys[n % keys.length]!] = value;
    return undefined;
  }),
  // Mangle a date: any of the entry's date fields gets a made-up date.
  fc
    .tuple(
      fc.nat(),
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.nat(3),
    )
    .map(([n, y, m, d, form]): Mutation => (data, c) => {
      const dates = fieldsOf(c).filter((f) => f.kind.startsWith('date'));
      if (!dates.length) return undefined;
      const field = dates[n % dates.length]!.name;
      const pad = (v: number, w: number) => String(v).padStart(w, '0');
      const value = [`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(y, 4)}-${pad(m, 2)}`, `${y}`, `${d}/${m}/${y}`][
        form
      ]!;
      data[field] = value;
      return partialDateProblem(value) ? { field, value } : undefined;
    }),
  // Point a reference nowhere.
  fc.tuple(fc.nat(), fc.stringMatching(/^[a-z]{3,8}-[0-9]{1,3}$/)).map(([n, id]): Mutation => (data, c) => {
    const refs = fieldsOf(c).filter((f) => f.kind.startsWith('id of an entry in') && f.name !== 'introducedBy');
    if (!refs.length) return undefined;
    const field = refs[n % refs.length]!.name;
    data[field] = `nowhere-${id}`;
    // The corpus rules judge references of entries that passed their schema.
    return { field, value: data[field], corpus: true };
  }),
);

/** A raw-text mutation of the whole file: broken YAML, a lost fence, stray characters. */
const textMutation = fc.oneof(
  fc.constant((t: string) => t),
  fc.constant((t: string) => t),
  fc.constant((t: string) => t),
  fc.nat().map((n) => (t: string) => {
    const lines = t.split('\n');
    lines.splice(n % lines.length, 1);
    return lines.join('\n');
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom(':', '- ', '\t', '"', "'", '[', '{', '&a', '*a', '? ', '---', '|', '>'))
    .map(([n, s]) => (t: string) => {
      const i = n % (t.length + 1);
      return t.slice(0, i) + s + t.slice(i);
    }),
);

const bodyMutation = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...STRAY)), { maxLength: 3 }).map(
  (inserts) => (body: string) =>
    inserts.reduce((b, [n, s]) => {
      const i = n % (b.length + 1);
      return b.slice(0, i) + s + b.slice(i);
    }, body),
);

const mutatedEntry = fc.record({
  seed: fc.nat(seeds.length - 1),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  text: textMutation,
  body: bodyMutation,
});

const BATCHES = Number(process.env['PROP_BATCHES'] ?? 8);
const PER_BATCH = 250;

describe('the check under mutated content', () => {
  it(`judges ${BATCHES * PER_BATCH} mutated entries without a throw or a hang, naming file, line and field`, () => {
    fc.assert(
      fc.property(fc.array(mutatedEntry, { minLength: PER_BATCH, maxLength: PER_BATCH }), (batch) => {
        const expectations = new Map<string, { field: string; corpus?: boolean; rawIntact: boolean }[]>();
        const files: ContentFile[] = batch.map((m, i) => {
          const seed = seeds[m.seed]!;
          const data = structuredClone(seed.data);
          const expects = m.mutations
            .map((mutate) => mutate(data, seed.collection))
            .filter((e): e is NonNullable<Expect> => e !== undefined && data[e.field] === e.value);
          const original = `---\n${stringify(data)}---\n${m.body(seed.body)}`;
          const text = m.text(original);
          const path = `content/${seed.collection}/mutant-${i}.mdx`;
          expectations.set(
            path,
            expects.map((e) => ({ ...e, rawIntact: text === original })),
          );
          return { path, text };
        });
        const texts = new Map([...base, ...files].map((f) => [f.path, f.text]));
        const started = performance.now();
        const { problems } = checkFiles([...base, ...files], { today: '2026-12-01' });
        expect(performance.now() - started, 'one batch').toBeLessThan(15_000);
        for (const p of problems) {
          const shown = formatProblem(p);
          expect(p.file, shown).toMatch(/^content\//);
          expect(p.field, shown).toBeTruthy();
          expect(p.message, shown).toBeTruthy();
          expect(shown).not.toMatch(/undefined|\[object Object\]|NaN/);
          expect(Number.isInteger(p.line) && p.line >= 1, shown).toBe(true);
          const text = texts.get(p.file);
          if (text !== undefined) expect(p.line, shown).toBeLessThanOrEqual(text.split('\n').length);
        }
        // A mutation with a known place is reported there (when the YAML around it still reads).
        for (const [path, expects] of expectations) {
          const own = problems.filter((p) => p.file === path);
          if (own.some((p) => p.field === '(frontmatter)')) continue;
          const schemaFailed = own.some((p) => p.field !== 'body' && !p.message.startsWith('refers to'));
          for (const e of expects.filter((x) => x.rawIntact && !(x.corpus && schemaFailed))) {
            expect(
              own.some(
                (p) => p.field === e.field || p.field.startsWith(`${e.field}[`) || p.field.startsWith(`${e.field}.`),
              ),
              `${path}: ${e.field}\n${own.map(formatProblem).join('\n')}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: BATCHES, seed: 20261202, endOnFailure: true },
    );
  });
});

it('covers every collection among the seeds', () => {
  expect(new Set(seeds.map((s) => s.collection))).toEqual(new Set(COLLECTIONS));
});
