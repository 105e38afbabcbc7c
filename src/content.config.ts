/**
 * Astro's view of the content model. The schemas live in `src/schemas/` so that tests, the
 * checker and the exports read the same contract; here they get Astro's own `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { TRANSLATIONS_FOLDER } from './schemas/collections.ts';
// Under `astro sync`, the failed content check's report (src/build/check-gate.ts); a build waits
// for the check at build:start instead, so that the sync runs beside it.
import { syncFailure } from 'virtual:cybercbm/content-check';
import { COLLECTIONS, createSchemas, type RefFactory } from './schemas/index.ts';
import { corpusLoader } from './build/corpus-loader.ts';

if (syncFailure) throw new Error(syncFailure);

const schemas = createSchemas(reference as unknown as RefFactory);

export const collections = {
  ...Object.fromEntries(
    COLLECTIONS.map((name) => [
      name,
      defineCollection({
        // Ids are file names: `content/cbms/01.mdx` is the entry `01`. See the loader
        // for why plain Markdown in .mdx files is rendered at sync time rather than compiled.
        loader: corpusLoader(name),
        schema: schemas[name],
      }),
    ]),
  ),
  // The translations (src/schemas/translation.ts): not a collection of the record. Ids are their
  // paths, `ru/cbms/08`; the content check validates each against its original's schema first.
  [TRANSLATIONS_FOLDER]: defineCollection({
    loader: corpusLoader(TRANSLATIONS_FOLDER, { deep: true }),
    schema: z.looseObject({ original: z.string(), translatedFrom: z.string() }),
  }),
};
