/**
 * The content check reads front matter with YAML 1.2 and Astro's loader with js-yaml; the worker's
 * citations come from the first, the rest of each page from the second. On the real corpus the two
 * must give the same data, field by field (dates as the schema's input).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differences, readerDifferences } from '../../scripts/lib/yaml-readers.ts';
import { parseFrontmatter as checkReader } from '../../src/lib/check/frontmatter.ts';
import { parseFrontmatter as astroReader } from '@astrojs/internal-helpers/frontmatter';

describe("the content check's and Astro's YAML readers", () => {
  it('read every file of the real corpus alike', () => {
    const { files, differences: found } = readerDifferences(fileURLToPath(new URL('../../content/', import.meta.url)));
    expect(files).toBeGreaterThan(400);
    expect(found).toEqual([]);
  });

  it('are told apart where they differ (the comparison is not blind): js-yaml rolls an impossible date over', () => {
    const text = '---\nflag: yes\nwhen: 2016-09-12\nwrong: 2016-13-45\n---\n';
    const out: string[] = [];
    differences(checkReader(text).data, astroReader(text).frontmatter, '', out);
    expect(out).toEqual(['.wrong: "2016-13-45" (yaml 1.2) ≠ "2017-02-14" (js-yaml)']);
  });
});
