/**
 * `npm run new -- <collection> [--id ID] [--field value …]`: writes a new entry with every
 * required field from the schema, placeholders marked TODO(cybercbm) that fail `npm run check`
 * until filled in. In a terminal it asks for the id and title when they are not given.
 *
 *   npm run new -- decisions --symbol MC.DEC/5/17 --title "…" --adopted 2017-12-08
 *   npm run new -- events --title "Workshop on …" --start 2018-03-01
 *
 * `npm run new -- translation <lang> <collection>/<id>` writes a translation of an entry
 * (`content/translations/<lang>/<collection>/<id>.mdx`) with the original's translatable texts to
 * replace; `npm run new -- translation --restamp <file>` records that a translation now follows
 * its original as it is (after bringing it up to date).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { COLLECTIONS, ID, type CollectionName } from '../src/schemas/index.ts';
import { collectionFields } from '../src/schemas/introspect.ts';
import { restampTranslation, scaffold, suggestId, translationScaffold } from '../src/lib/authoring/scaffold.ts';
import { parseFrontmatter } from '../src/lib/check/frontmatter.ts';
import { translationDigest, translationOfPath } from '../src/lib/translations.ts';
import { TRANSLATABLE_COLLECTIONS } from '../src/schemas/translation.ts';
import { PREFIXED_LOCALES } from '../src/lib/i18n/locales.ts';
import { writeEditorSchemas } from '../src/adapter/content-files.ts';

const [collectionArg, ...rest] = process.argv.slice(2);
if (collectionArg === 'translation') {
  await newTranslation(rest);
  process.exit(0);
}
const usage = `usage: npm run new -- <${COLLECTIONS.join('|')}> [--id ID] [--<field> value …] [--content-dir DIR]`;
if (!collectionArg || !(COLLECTIONS as readonly string[]).includes(collectionArg)) {
  console.error(collectionArg ? `"${collectionArg}" is not a collection.\n${usage}` : usage);
  process.exit(2);
}
const collection = collectionArg as CollectionName;
const fields = collectionFields(collection);
const { values } = parseArgs({
  args: rest,
  options: {
    id: { type: 'string' },
    'content-dir': { type: 'string' },
    ...Object.fromEntries(fields.filter((f) => !f.fields).map((f) => [f.name, { type: 'string' as const }])),
  },
  strict: true,
});
const given = Object.fromEntries(
  Object.entries(values).filter(([k, v]) => k !== 'id' && k !== 'content-dir' && typeof v === 'string'),
) as Record<string, string>;

let id = values.id ?? suggestId(collection, given);
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const titleField =
    collection === 'bodies' || collection === 'states' ? 'name' : collection === 'cbms' ? 'number' : 'title';
  if (!given[titleField]) given[titleField] = (await rl.question(`${titleField}: `)).trim() || '';
  if (!given[titleField]) delete given[titleField];
  if (!values.id)
    id =
      (
        await rl.question(`id (file name)${suggestId(collection, given) ? ` [${suggestId(collection, given)}]` : ''}: `)
      ).trim() || suggestId(collection, given);
  rl.close();
}
if (!id) {
  console.error(
    `Give the new entry an id: --id my-entry (lower-case words joined by hyphens), or a --title to derive it from.\n${usage}`,
  );
  process.exit(2);
}
if (!ID.test(id)) {
  console.error(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens.`);
  process.exit(2);
}
const contentDir = values['content-dir'] ?? 'content';
const file = join(contentDir, collection, `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${file} exists already: choose another id (an entry is never overwritten).`);
  process.exit(1);
}
writeFileSync(file, scaffold(collection, given));
// The editor's front-matter help covers the new file at once (CONTRIBUTING.md, "Help while typing").
writeEditorSchemas(process.cwd(), contentDir);
console.log(
  `Wrote ${relative(process.cwd(), file)}. Replace every TODO(cybercbm) placeholder, then run npm run check.`,
);

async function newTranslation(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { restamp: { type: 'string' }, 'content-dir': { type: 'string' } },
    allowPositionals: true,
  });
  const contentDir = values['content-dir'] ?? 'content';
  const usage = `usage: npm run new -- translation <${PREFIXED_LOCALES.join('|')}> <collection>/<id>\n       npm run new -- translation --restamp ${contentDir}/translations/<lang>/<collection>/<id>.mdx`;
  const readOriginal = (collection: CollectionName, id: string) => {
    const file = join(contentDir, collection, `${id}.mdx`);
    if (!existsSync(file)) {
      console.error(`${file} does not exist: a translation needs its original.\n${usage}`);
      process.exit(1);
    }
    const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
    return { data: parsed.data, body: parsed.body };
  };
  if (values.restamp) {
    const where = translationOfPath(values.restamp.replace(/^\.\//, ''), contentDir);
    const collection = COLLECTIONS.find((c) => c === where?.collection);
    if (!where || !collection) {
      console.error(`${values.restamp} is not a translation file.\n${usage}`);
      process.exit(2);
    }
    const original = readOriginal(collection, where.id);
    const digest = translationDigest(collection, original.data, original.body);
    writeFileSync(values.restamp, restampTranslation(readFileSync(values.restamp, 'utf8'), digest));
    console.log(`${values.restamp} now records the original as it is (${digest}). Run npm run check.`);
    return;
  }
  const [lang, key] = positionals;
  const m = /^([a-z]+)\/([a-z0-9-]+)$/.exec(key ?? '');
  const collection = COLLECTIONS.find((c) => c === m?.[1]);
  if (!lang || !(PREFIXED_LOCALES as readonly string[]).includes(lang) || !m || !collection) {
    console.error(usage);
    process.exit(2);
  }
  if (!TRANSLATABLE_COLLECTIONS.includes(collection)) {
    console.error(`Entries of ${collection} are not translated (they are cited by their own titles).`);
    process.exit(2);
  }
  const id = collection === 'cbms' ? m[2]!.padStart(2, '0') : m[2]!;
  const original = readOriginal(collection, id);
  const file = join(contentDir, 'translations', lang, collection, `${id}.mdx`);
  if (existsSync(file)) {
    console.error(`${file} exists already: edit it, then run npm run new -- translation --restamp ${file}.`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, translationScaffold(collection, id, original));
  console.log(
    `Wrote ${relative(process.cwd(), file)}. Translate every TODO(cybercbm) text (keep every figure), delete the fields you leave in English, then run npm run check.`,
  );
}
