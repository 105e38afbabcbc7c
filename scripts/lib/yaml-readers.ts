/**
 * The two YAML readers of the project side by side: the content check's (the `yaml` package, YAML
 * 1.2, src/lib/check/frontmatter.ts) and Astro's loader's (js-yaml through
 * @astrojs/internal-helpers). `readerDifferences` names every field where they give different
 * data, after Astro's own step of turning Date objects into the schema's input.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter as astroReader } from '@astrojs/internal-helpers/frontmatter';
import { parseFrontmatter as checkReader } from '../../src/lib/check/frontmatter.ts';

/** Every difference between two values, as `path: a ≠ b`. */
export function differences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (a instanceof Date) a = a.toISOString().slice(0, 10);
  if (b instanceof Date) b = b.toISOString().slice(0, 10);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items ≠ ${b.length}`);
    a.forEach((v, i) => differences(v, b[i], `${path}[${i}]`, out));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} (yaml 1.2) ≠ ${JSON.stringify(b)} (js-yaml)`);
}

export interface ReaderComparison {
  files: number;
  /** `collection/file.mdx.path: a (yaml 1.2) ≠ b (js-yaml)`, one per field that differs. */
  differences: string[];
  /** Time spent in each reader. */
  ms: { yaml: number; jsYaml: number };
}

/** Reads every `content/<collection>/*.mdx` under `dir` with both readers. */
export function readerDifferences(dir: string): ReaderComparison {
  const result: ReaderComparison = { files: 0, differences: [], ms: { yaml: 0, jsYaml: 0 } };
  for (const collection of readdirSync(dir).sort()) {
    const folder = join(dir, collection);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const text = readFileSync(join(folder, name), 'utf8');
      result.files++;
      let t = performance.now();
      const ours = checkReader(text).data;
      result.ms.yaml += performance.now() - t;
      t = performance.now();
      const theirs = astroReader(text).frontmatter;
      result.ms.jsYaml += performance.now() - t;
      const out: string[] = [];
      differences(ours, theirs, '', out);
      for (const d of out) result.differences.push(`${collection}/${name}${d}`);
    }
  }
  return result;
}
