import { readdirSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, parse } from 'yaml';
import jsyaml from 'js-yaml';
import { parseFrontmatter } from '../src/lib/check/frontmatter.ts';
const D = process.argv[2]!;
const texts: string[] = [];
for (const c of readdirSync(`${D}/content`)) for (const f of readdirSync(`${D}/content/${c}`)) texts.push(readFileSync(`${D}/content/${c}/${f}`, 'utf8'));
const ys = texts.map((t) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(t)![1]!);
for (let r = 0; r < 2; r++) {
  let t = performance.now(); for (const y of ys) { const lc = new LineCounter(); parseDocument(y, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }).toJS(); } console.log('parseDocument+toJS', Math.round(performance.now() - t));
  t = performance.now(); for (const y of ys) parse(y); console.log('yaml.parse', Math.round(performance.now() - t));
  t = performance.now(); for (const y of ys) jsyaml.load(y, { schema: jsyaml.CORE_SCHEMA }); console.log('js-yaml core', Math.round(performance.now() - t));
  t = performance.now(); for (const x of texts) parseFrontmatter(x); console.log('our parseFrontmatter', Math.round(performance.now() - t));
}
