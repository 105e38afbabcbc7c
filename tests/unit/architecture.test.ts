/**
 * The import rules of the code's wings (README, "How the code is laid out"), read from the
 * source itself: the pure model never reaches the build or Astro; the adapter never reaches the
 * build; pages reach the build wing through its two doors; the browser's scripts share only
 * types with the model; no file imports itself round a circle; no code file is over 300 lines;
 * and no comment or guide names a file the repository does not have.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(SRC).filter((f) => /\.(ts|astro|mjs)$/.test(f));
const rel = (f: string) => relative(ROOT, f);

interface Import {
  spec: string;
  /** The file it names, for a relative import. */
  target?: string;
  typeOnly: boolean;
}

/** The imports of a file: static, dynamic and `new URL(…, import.meta.url)` workers. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const patterns = [
    /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    /import\(\s*['"]([^'"]+)['"]\s*\)/g,
    /new URL\(\s*['"](\.[^'"]+)['"],\s*import\.meta\.url\)/g,
  ];
  for (const [i, pattern] of patterns.entries()) {
    for (const m of text.matchAll(pattern)) {
      const spec = i === 0 ? m[3]! : m[1]!;
      const typeOnly = i === 0 && Boolean(m[2]);
      const target = spec.startsWith('.') ? resolve(dirname(file), spec) : undefined;
      found.push({ spec, typeOnly, ...(target ? { target } : {}) });
    }
  }
  return found;
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const under = (file: string | undefined, folder: string) =>
  file !== undefined && (file + '/').startsWith(join(SRC, folder) + '/');

describe('the wings of src/', () => {
  it("src/lib/ imports neither the build wing, the adapter, the markup nor Astro's runtime (astro:*, virtual:*; only the schema library astro/zod)", () => {
    const bad = [...graph].flatMap(([file, imports]) =>
      under(file, 'lib')
        ? imports
            .filter(
              (i) =>
                ['build', 'adapter', 'pages', 'components', 'layouts', 'client'].some((w) => under(i.target, w)) ||
                /^(astro:|virtual:)/.test(i.spec) ||
                (/^astro(\/|$)/.test(i.spec) && i.spec !== 'astro/zod'),
            )
            .map((i) => `${rel(file)} → ${i.spec}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  it('src/adapter/ does not import the build wing', () => {
    const bad = [...graph].flatMap(([file, imports]) =>
      under(file, 'adapter')
        ? imports.filter((i) => under(i.target, 'build')).map((i) => `${rel(file)} → ${i.spec}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  it('pages, components and layouts reach the build wing through its two doors only', () => {
    const doors = new Set(['src/build/bodies.ts', 'src/build/citation-texts.ts']);
    const used = new Set<string>();
    for (const [file, imports] of graph)
      if (['pages', 'components', 'layouts'].some((w) => under(file, w)))
        for (const i of imports) if (under(i.target, 'build')) used.add(rel(i.target!));
    expect([...used].filter((u) => !doors.has(u))).toEqual([]);
    expect(used.size).toBeGreaterThan(0);
  });

  it('the browser scripts import each other and only types from the model', () => {
    const bad = [...graph].flatMap(([file, imports]) =>
      under(file, 'client')
        ? imports.filter((i) => !under(i.target, 'client') && !i.typeOnly).map((i) => `${rel(file)} → ${i.spec}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  it('no module imports itself round a circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void circles.push([...path, file].map(rel).join(' → '));
      state.set(file, 'open');
      for (const i of graph.get(file) ?? [])
        if (i.target && graph.has(i.target) && !i.typeOnly) visit(i.target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('resolves every relative import to a file that exists', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter((i) => i.target && !existsSync(i.target)).map((i) => `${rel(file)} → ${i.spec}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no code file over 300 lines', () => {
    // The six interface dictionaries (src/lib/i18n/<lang>.ts) are data, one string per line, not code.
    const dictionary = /^src\/lib\/i18n\/(?:en|fr|de|it|ru|es)\.ts$/;
    const long = files
      .filter((f) => !dictionary.test(rel(f)))
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});

describe('what the code and the guides cite', () => {
  const texts = [...files, ...['README.md', 'CONTRIBUTING.md', 'astro.config.mjs'].map((f) => join(ROOT, f))];
  const tests = walk(join(ROOT, 'tests')).filter((f) => f.endsWith('.ts'));
  it('names only files and folders the repository has', () => {
    const missing = texts.flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /(?<![\w./-])((?:src|scripts|tests|public|content)\/[\w./[\]-]*[\w\]/])/g,
        ),
      ]
        .map((m) => m[1]!)
        .filter((path) => !/[*<{]/.test(path) && !existsSync(join(ROOT, path)))
        .map((path) => `${rel(file)}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites no DESIGN.md, which lives outside the repository', () => {
    const citing = [...texts, ...tests].filter((file) => /\bDESIGN\b/.test(readFileSync(file, 'utf8')));
    expect(citing.map(rel)).toEqual(['tests/unit/architecture.test.ts']);
  });
});
