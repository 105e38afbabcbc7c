/**
 * `npm run new -- <collection> [--id ID] [--field value …]`: writes a new entry with every
 * required field from the schema, placeholders marked TODO(cybercbm) that fail `npm run check`
 * until filled in. In a terminal it asks for the id and title when they are not given.
 *
 *   npm run new -- decisions --symbol MC.DEC/5/17 --title "…" --adopted 2017-12-08
 *   npm run new -- events --title "Workshop on …" --start 2018-03-01
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { COLLECTIONS, ID, type CollectionName } from '../src/schemas/index.ts';
import { collectionFields } from '../src/schemas/introspect.ts';
import { scaffold, suggestId } from '../src/lib/authoring/scaffold.ts';
import { writeEditorSchemas } from '../src/adapter/content-files.ts';

const [collectionArg, ...rest] = process.argv.slice(2);
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
