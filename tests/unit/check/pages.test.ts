import { describe, expect, it } from 'vitest';
import { pageOfFile } from '../../../src/lib/check/pages.ts';

describe('pageOfFile', () => {
  it('maps each entry file to the page it makes', () => {
    expect(pageOfFile('content/decisions/pc-1202.mdx')).toBe('/decisions/pc-1202/');
    expect(pageOfFile('content/cbms/15.mdx')).toBe('/cbms/15/');
    expect(pageOfFile('content/events/2017-06-09-virtual-frontier-protection-roundtable.mdx')).toBe(
      '/events/2017-06-09-virtual-frontier-protection-roundtable/',
    );
    expect(pageOfFile('fixtures/content/states/austria.mdx', 'fixtures/content')).toBe('/states/austria/');
  });

  it('gives no page for files that make none', () => {
    expect(pageOfFile('content/cbms/notes.md')).toBeUndefined();
    expect(pageOfFile('content/event/x.mdx')).toBeUndefined();
    expect(pageOfFile('content/cbms/Bad_Name.mdx')).toBeUndefined();
    expect(pageOfFile('src/pages/index.astro')).toBeUndefined();
    expect(pageOfFile('content/cbms/sub/15.mdx')).toBeUndefined();
  });
});
