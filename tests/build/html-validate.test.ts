/** Every built page is valid HTML by html-validate's recommended rules (a maintained validator). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

describe('HTML validity', () => {
  it('has no html-validate error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(140);
    const reports = await Promise.all(files.map((f) => validator.validateFile(f)));
    const invalid = reports.filter((r) => !r.valid);
    const text = invalid.length ? formatterFactory('text')(invalid.flatMap((r) => r.results)) : '';
    expect(text.split('\n').slice(0, 40).join('\n').replaceAll(dist, 'dist'), `${invalid.length} invalid pages`).toBe(
      '',
    );
  });
});
