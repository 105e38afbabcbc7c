/**
 * `node scripts/yaml-readers.ts [content-dir …]`: reads every front matter with both of the
 * project's YAML readers (scripts/lib/yaml-readers.ts) and names every field where they differ.
 * The README's note on the two readers cites its output.
 */
import { resolve } from 'node:path';
import { readerDifferences } from './lib/yaml-readers.ts';

const dirs = process.argv.slice(2);
for (const dir of dirs.length ? dirs : ['content']) {
  const { files, differences, ms } = readerDifferences(dir);
  console.log(
    `${resolve(dir)}: ${files} files, ${differences.length} differences (yaml 1.2 ${Math.round(ms.yaml)} ms, js-yaml ${Math.round(ms.jsYaml)} ms)`,
  );
  for (const d of differences) console.log(`  ${d}`);
}
