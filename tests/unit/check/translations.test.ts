/**
 * Translations as content (src/lib/check/translations.ts, src/lib/translations.ts): the fields a
 * translation may carry come from the schemas; a translation that carries data, restates a figure
 * differently, breaks the mirror of a list or names no entry fails; one made from an older
 * original is reported as stale.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/lib/check/index.ts';
import { translatablePaths, translatableShape, TRANSLATABLE_COLLECTIONS } from '../../../src/schemas/translation.ts';
import {
  figures,
  isFullTranslation,
  missingFigures,
  overlayTranslation,
  translationDigest,
} from '../../../src/lib/translations.ts';
import { translationScaffold, restampTranslation } from '../../../src/lib/authoring/scaffold.ts';
import { parseFrontmatter } from '../../../src/lib/check/frontmatter.ts';

const TERM = `---
term: "Point of contact"
aliases: ["contact point"]
definition: "Named under CBM 8 in 2013; 51 States had one by 2024."
sources:
  - source: a-source
    grade: secondary
    locator: "paragraph 2"
  - source: a-source
    grade: primary
---

The network met in 2024 (86 contacts).
`;
const SOURCE = `---
title: "A source"
publisher: "OSCE"
kind: issuer
url: "https://www.osce.org/a"
accessed: 2026-12-07
---
`;
const original = parseFrontmatter(TERM);
const digest = translationDigest('terms', original.data, original.body);
const translation = (front: string, body = '\n\nСеть собралась в 2024 году (86 контактов).\n') =>
  `---\noriginal: terms/point-of-contact\ntranslatedFrom: "${digest}"\n${front}---${body}`;
const RU = `term: "Контактный пункт"
aliases: ["контактное лицо", "КП", "пункт связи"]
definition: "Назначается согласно МД 8 с 2013 года; к 2024 году такие пункты были у 51 государства."
sources:
  - locator: "абзац 2"
  - {}
`;
const check = (files: Record<string, string>) =>
  checkFiles(
    Object.entries({
      'content/terms/point-of-contact.mdx': TERM,
      'content/sources/a-source.mdx': SOURCE,
      ...files,
    }).map(([path, text]) => ({ path, text })),
    { today: '2026-12-07' },
  );
const problemsOf = (text: string, path = 'content/translations/ru/terms/point-of-contact.mdx') =>
  check({ [path]: text }).problems.filter((p) => p.file === path);

describe('the translatable fields come from the schemas', () => {
  it('lists a measure’s texts and none of its data', () => {
    const paths = translatablePaths(translatableShape('cbms'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'summary',
        'elements[].text',
        'elements[].locator',
        'notShown',
        'sources[].locator',
        'sourceNotes[].claim',
        'sourceNotes[].resolution',
      ]),
    );
    for (const data of [
      'number',
      'introducedBy',
      'themes',
      'related',
      'elements[].source',
      'elements[].grade',
      'sourceNotes[].field',
    ])
      expect(paths).not.toContain(data);
  });
  it('gives events their places and readings, States their names, and leaves the sources out', () => {
    expect(translatablePaths(translatableShape('events'))).toEqual(
      expect.arrayContaining(['location.city', 'location.venue', 'readings[].reason']),
    );
    expect(translatablePaths(translatableShape('states'))).toEqual(
      expect.arrayContaining(['name', 'formerNames[].name']),
    );
    expect(TRANSLATABLE_COLLECTIONS).not.toContain('sources');
  });
});

describe('figures', () => {
  it('reads runs of digits, thousands separators ignored', () => {
    expect(figures('1,000 and 1 000 and 1000; 10–12 June 2024')).toEqual(['1000', '1000', '1000', '10', '12', '2024']);
    expect(missingFigures('3 December 2013', '3 декабря 2012 г.')).toEqual(['2013']);
    expect(missingFigures('PC.DEC/1106', 'PC.DEC/1106')).toEqual([]);
  });
});

describe('the check of a translation', () => {
  it('passes a faithful translation and does not report it stale', () => {
    const result = check({ 'content/translations/ru/terms/point-of-contact.mdx': translation(RU) });
    // (A corpus this small lacks the sixteen measures: only the translation's problems matter here.)
    expect(result.problems.filter((p) => p.file.startsWith('content/translations/'))).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.translations).toBe(1);
  });
  it('fails a translation that restates a date differently', () => {
    const problems = problemsOf(translation(RU.replace('с 2013 года', 'с 2012 года')));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'definition', message: expect.stringContaining('2013') }),
    ]);
  });
  it('fails a figure dropped from the body', () => {
    expect(problemsOf(translation(RU, '\n\nСеть собралась в 2024 году.\n'))).toEqual([
      expect.objectContaining({ field: '(body)', message: expect.stringContaining('86') }),
    ]);
  });
  it('fails data of its own, naming the field and what a translation may carry', () => {
    const [p] = problemsOf(translation(`${RU}related:\n  cbms: [3]\n`));
    expect(p).toMatchObject({ field: 'related', message: expect.stringContaining('carries no data of its own') });
    expect(p!.expected).toContain('definition');
  });
  it('fails a list that does not mirror the original', () => {
    const [p] = problemsOf(translation(RU.replace('  - {}\n', '')));
    expect(p).toMatchObject({ field: 'sources', message: 'has 1 item, the original 2' });
  });
  it('fails a translation of an entry the record does not have, and one in a wrong place', () => {
    expect(
      problemsOf(
        translation(RU).replace('terms/point-of-contact', 'terms/nothing'),
        'content/translations/ru/terms/nothing.mdx',
      ),
    ).toEqual([
      expect.objectContaining({ field: 'original', message: expect.stringContaining('not an entry of the record') }),
    ]);
    expect(problemsOf(translation(RU), 'content/translations/xx/terms/point-of-contact.mdx')[0]).toMatchObject({
      field: '(file name)',
    });
    expect(problemsOf(translation(RU), 'content/translations/ru/sources/a-source.mdx')[0]).toMatchObject({
      field: '(folder)',
    });
  });
  it('reports a translation whose original changed since (the stale case), without failing', () => {
    const changed = TERM.replace('Named under CBM 8', 'Nominated under CBM 8');
    const result = checkFiles(
      [
        { path: 'content/terms/point-of-contact.mdx', text: changed },
        { path: 'content/sources/a-source.mdx', text: SOURCE },
        { path: 'content/translations/ru/terms/point-of-contact.mdx', text: translation(RU) },
      ],
      { today: '2026-12-07' },
    );
    expect(result.problems.filter((p) => p.file.startsWith('content/translations/'))).toEqual([]);
    expect(result.stale).toEqual([
      expect.objectContaining({
        file: 'content/translations/ru/terms/point-of-contact.mdx',
        original: 'terms/point-of-contact',
        translatedFrom: digest,
      }),
    ]);
  });
  it('does not call a translation stale when only a grade changed', () => {
    const regraded = parseFrontmatter(TERM.replace('grade: secondary', 'grade: primary'));
    expect(translationDigest('terms', regraded.data, regraded.body)).toBe(digest);
  });
});

describe('a translation over its original', () => {
  it('takes the texts of the translation and keeps every datum of the original', () => {
    const ru = parseFrontmatter(translation(RU)).data as Record<string, unknown>;
    const merged = overlayTranslation('terms', original.data as object, ru) as Record<string, unknown> & {
      sources: { source: string; grade: string; locator?: string }[];
    };
    expect(merged['term']).toBe('Контактный пункт');
    expect(merged.sources).toEqual([
      { source: 'a-source', grade: 'secondary', locator: 'абзац 2' },
      { source: 'a-source', grade: 'primary' },
    ]);
    expect(isFullTranslation('terms', original.data, original.body, ru, 'Сеть 2024 86')).toBe(true);
    expect(isFullTranslation('terms', original.data, original.body, { term: 'x' }, '')).toBe(false);
  });
  it('is scaffolded from its original with the digest, and restamped after an update', () => {
    const text = translationScaffold('terms', 'point-of-contact', original);
    expect(text).toContain(`translatedFrom: "${digest}"`);
    expect(text).toContain('TODO(cybercbm): Point of contact');
    expect(problemsOf(text).some((p) => p.message.includes('TODO(cybercbm)') || p.field === '(placeholder)')).toBe(
      true,
    );
    expect(restampTranslation(translation(RU).replace(digest, '0000000000000000'), digest)).toBe(translation(RU));
  });
});
