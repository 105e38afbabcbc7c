/** Every built page is valid HTML by html-validate's recommended rules (a maintained validator). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('HTML validity', () => {
  it('has no html-validate error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(140);
    const reports = await Promise.all(files.map((f) => validator.validateFile(f)));
    const invalid = reports.filter((r) => !r.valid);
    const text = invalid.length ? formatterFactory('text')(invalid.flatMap((r) => r.results)) : '';
    expect(text.split('\n').slice(0, 40).join('\n').replaceAll(dist, 'dist'), `${invalid.length} invalid pages`).toBe('');
    void relative;
  });
});
