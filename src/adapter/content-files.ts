/**
 * The file-system side of the content check: reads the content folder into `{ path, text }`
 * files for `src/lib/check/`, which never touches the disk itself.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFiles, type CheckOptions, type CheckResult, type ContentFile } from '../lib/check/index.ts';
import { CONTENT_COMPONENT_DIR } from '../lib/check/body-lint.ts';
import { editorManifest, editorSchema, editorSchemaName } from '../lib/authoring/editor-schemas.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { TRANSLATIONS_FOLDER } from '../schemas/collections.ts';

/**
 * Every file one folder below `<root>/content/` (`content/<collection>/<name>`), paths relative
 * to `root`. A folder outside the collections is read too, so that the check can name it.
 */
export function readContentFiles(root: string, contentDir = 'content'): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of list(join(root, contentDir))) {
    const dir = join(root, contentDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    if (folder === TRANSLATIONS_FOLDER) {
      files.push(...readTree(dir, `${contentDir}/${folder}`));
      continue;
    }
    const names = list(dir).filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile());
    for (const name of names)
      files.push({ path: `${contentDir}/${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
  }
  return files;
}

/** Every file below `dir`, at any depth (the translations: `<lang>/<collection>/<id>.mdx`). */
function readTree(dir: string, as: string): ContentFile[] {
  return list(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? readTree(path, `${as}/${name}`)
      : [{ path: `${as}/${name}`, text: readFileSync(path, 'utf8') }];
  });
}

/** The content components MDX may import: `.astro` files in src/components/content/. */
export function contentComponents(root: string): string[] {
  return list(join(root, CONTENT_COMPONENT_DIR)).filter((f) => f.endsWith('.astro'));
}

/** Reads and checks the project's content folder: what `npm run check` and the build run. */
export function checkProject(root: string, options: Omit<CheckOptions, 'components'> = {}): CheckResult {
  const contentDir = options.contentDir ?? 'content';
  return checkFiles(readContentFiles(root, contentDir), {
    ...options,
    contentDir,
    components: contentComponents(root),
  });
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Writes the editor's front-matter schemas and the manifest that maps every content file to one
 * (`.astro/collections/`, read by the Astro language server; see editor-schemas.ts). Every file
 * is listed, valid or not, so that a new file with placeholders gets its help too.
 */
export function writeEditorSchemas(root: string, contentDir = 'content'): void {
  const dir = join(root, '.astro/collections');
  mkdirSync(dir, { recursive: true });
  for (const c of COLLECTIONS)
    writeIfChanged(join(dir, `${editorSchemaName(c)}.schema.json`), JSON.stringify(editorSchema(c), null, 2));
  const files = COLLECTIONS.flatMap((collection: CollectionName) =>
    list(join(root, contentDir, collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ collection, url: pathToFileURL(join(root, contentDir, collection, name)).href })),
  );
  writeIfChanged(join(dir, 'collections.json'), JSON.stringify(editorManifest(files), null, 2));
}

/** The language server reloads on every write it sees, so unchanged files are left alone. */
function writeIfChanged(path: string, text: string): void {
  try {
    if (readFileSync(path, 'utf8') === text) return;
  } catch {
    // Not there yet.
  }
  writeFileSync(path, text);
}
