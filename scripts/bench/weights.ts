/** What a built site weighs: its pages, a content page's bytes (HTML, CSS, JS), a folder's size. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The HTML pages of a dist, without Pagefind's and Astro's asset folders. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
}

/** An entry's page in either site: `<collection>/<slug>/index.html`. */
export const isContentPage = (rel: string): boolean =>
  /^(decisions|cbms|documents|events|activities|bodies|states|sources)\/[^/]+\/index\.html$/.test(rel);

/** Bytes a content page costs: its HTML plus its stylesheets and scripts (local files). */
export function pageWeights(dist: string) {
  const files = htmlFiles(dist).filter((f) => isContentPage(relative(dist, f)));
  let raw = 0;
  let gz = 0;
  let js = 0;
  let jsGz = 0;
  const asset = new Map<string, { raw: number; gz: number }>();
  const sizeOf = (url: string) => {
    if (!asset.has(url)) {
      const path = join(dist, url.split('?')[0]!);
      const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      asset.set(url, { raw: buf.length, gz: gzipSync(buf).length });
    }
    return asset.get(url)!;
  };
  for (const f of files) {
    const html = readFileSync(f);
    raw += html.length;
    gz += gzipSync(html).length;
    const text = html.toString('utf8');
    for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)) {
      const s = sizeOf(m[1]!);
      raw += s.raw;
      gz += s.gz;
    }
    for (const m of text.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) {
      const s = sizeOf(m[1]!);
      js += s.raw;
      jsGz += s.gz;
    }
    for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g))
      js += m[1]!.length;
  }
  const n = Math.max(1, files.length);
  return {
    contentPages: files.length,
    htmlCssBytes: Math.round(raw / n),
    htmlCssGzipBytes: Math.round(gz / n),
    jsBytes: Math.round(js / n),
    jsGzipBytes: Math.round(jsGz / n),
  };
}

/** How many stylesheets a dist ships (at its root and in `_astro/`). */
export function cssFiles(dist: string): number {
  const css = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.css')).length : 0);
  return css(dist) + css(join(dist, '_astro'));
}
