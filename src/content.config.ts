/**
 * Astro's view of the content model. The schemas live in `src/schemas/` so that tests, the
 * checker and the exports read the same contract; here they get Astro's own `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, createSchemas, type RefFactory } from './schemas/index.ts';

const schemas = createSchemas(reference as unknown as RefFactory);

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [
    name,
    defineCollection({
      // Ids are file names (DESIGN.md): `content/cbms/01.mdx` is the entry `01`.
      loader: glob({ pattern: '*.mdx', base: `./content/${name}` }),
      schema: schemas[name],
    }),
  ]),
);
