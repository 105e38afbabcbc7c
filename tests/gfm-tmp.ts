import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { renderMarkdown } from './helpers/markdown.ts';
import { bodyOf } from '../src/lib/markdown/parse.ts';
for (const f of process.argv.slice(2)) {
  const b = bodyOf(readFileSync(f, 'utf8'));
  const a = renderMarkdown(b, {}); const r = String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(b));
  const al = a.split('\n'), rl = r.split('\n');
  for (let i = 0; i < Math.max(al.length, rl.length); i++) if (al[i] !== rl[i]) { console.log(f, '\nSITE:', al[i]?.slice(0, 600), '\nREF: ', rl[i]?.slice(0, 600)); break; }
}
