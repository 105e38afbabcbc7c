import { describe, expect, it } from 'vitest';
import { fixedPages, lintBodies } from '../../../src/lib/check/body-lint.ts';
import { readEntryFile } from '../../../src/lib/check/index.ts';
import type { EntryFile, Problem } from '../../../src/lib/check/types.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';

/** An entry file with a one-line front matter and the given body (the body starts on line 4). */
function file(collection: CollectionName, id: string, body: string): EntryFile {
  const problems: Problem[] = [];
  const entry = readEntryFile(
    collection,
    `content/${collection}/${id}.mdx`,
    `${id}.mdx`,
    `---\ntitle: x\n---\n${body}`,
    problems,
  );
  expect(problems).toEqual([]);
  return entry!;
}

const decision = file('decisions', 'pc-1202', '## Intro\n\n### CBM 16 — Vulnerabilities\n');
const lint = (body: string) =>
  lintBodies([decision, file('events', 'e', body)]).filter((p) => p.file === 'content/events/e.mdx');

describe('body lint', () => {
  it('accepts links to entries, their anchors and site pages', () => {
    expect(
      lint(
        'See [it](/decisions/pc-1202/#cbm-16), [the matrix](/matrix/), [the source](https://www.osce.org/) and [us](#main).\n',
      ),
    ).toEqual([]);
  });

  it('names a link to a page that does not exist, with the closest page', () => {
    expect(lint('See [it](/decisions/pc-1203/).\n')).toMatchObject([
      {
        line: 4,
        field: 'body',
        message: 'links to /decisions/pc-1203/, a page that does not exist',
        didYouMean: '/decisions/pc-1202/',
      },
    ]);
  });

  it('names a missing anchor on another page, with the closest anchor', () => {
    expect(lint('See [it](/decisions/pc-1202/#cbm-17).\n')).toMatchObject([
      { message: 'links to /decisions/pc-1202/#cbm-17, an anchor that page does not have', didYouMean: 'cbm-16' },
    ]);
  });

  it('rejects scripts, handlers, unsafe and relative links, imports, expressions, level-1 headings and task lists', () => {
    const body = [
      '# Title',
      '<script>alert(1)</script>',
      '<span onClick="x()">a</span>',
      '[a](javascript:alert(1)) [b](http://example.org/) [c](../x/)',
      'import X from "../../src/pages/index.astro"',
      'A {1 + 1} expression.',
      '- [ ] task',
    ].join('\n\n');
    const messages = lint(body).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'has a level-1 heading "Title"',
        'has a <script> element',
        'has an inline event handler onClick on <span>',
        'links to a javascript: URL',
        'links to "http://example.org/" (http:)',
        'links to the relative address "../x/"',
        'imports "../../src/pages/index.astro"',
        'has a code expression {1 + 1}',
        'has a task-list item ([ ] or [x])',
      ]),
    );
  });

  it('reports a body that is not valid MDX on its file line, and judges nothing else in it', () => {
    expect(lint('## A\n\ntext\n\n<div\n')).toMatchObject([
      { field: 'body', message: expect.stringMatching(/^MDX cannot be read/) },
    ]);
  });

  it('knows the site pages, the timeline filters among them', () => {
    expect(fixedPages()).toEqual(expect.arrayContaining(['/', '/matrix/', '/timeline/events/', '/decisions/']));
  });
});
