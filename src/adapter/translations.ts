/**
 * The translations as pages read them: for each language, the entries that have a translation,
 * with the translation's texts laid over the original (src/lib/translations.ts), its rendered
 * body, and whether it is full and up to date; and the graph of the record in that language.
 * Loaded once per build, like the corpus.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { TRANSLATIONS_FOLDER } from '../schemas/collections.ts';
import { buildGraph, type Graph } from '../lib/corpus/graph.ts';
import { corpusEntry } from '../lib/corpus/entries.ts';
import { parseFrontmatter } from '../lib/check/frontmatter.ts';
import { isFullTranslation, overlayTranslation, translationDigest, translationFile } from '../lib/translations.ts';
import { contentFile, entryUrl } from '../lib/urls.ts';
import { LOCALE_PAGES } from '../lib/i18n/pages.ts';
import { PREFIXED_LOCALES, isLocale, type Locale, type PrefixedLocale } from '../lib/i18n/locales.ts';
import { uiFor } from '../lib/i18n/index.ts';
import type { ExportTranslations } from '../lib/views/exports.ts';
import { loadCorpus, type AnyEntry } from './corpus.ts';

export type TranslationEntry = CollectionEntry<typeof TRANSLATIONS_FOLDER>;

export interface Translation {
  locale: PrefixedLocale;
  collection: CollectionName;
  id: string;
  /** Astro's entry of the translation file, for its rendered body. */
  entry: TranslationEntry;
  /** The repository path of the translation: the edit link opens it. */
  file: string;
  /** Whether it translates every text of the original (else the page says the rest is in English). */
  full: boolean;
  /** Whether it has a body of its own. */
  hasBody: boolean;
  /** Whether the original's text changed since it was made (src/lib/check/translations.ts reports it too). */
  stale: boolean;
}

export interface LocalizedCorpus {
  locale: PrefixedLocale;
  /** The record in this language: every entry, translated texts laid over the originals where they exist. */
  graph: Graph;
  /** The translations of this language by `collection/id`. */
  translations: Map<string, Translation>;
}

let cached: Promise<Map<PrefixedLocale, LocalizedCorpus>> | undefined;

const raw = (file: string) => parseFrontmatter(readFileSync(file, 'utf8'));

export function loadTranslations(): Promise<Map<PrefixedLocale, LocalizedCorpus>> {
  cached ??= (async () => {
    const [{ entries }, files] = await Promise.all([loadCorpus(), getCollection(TRANSLATIONS_FOLDER)]);
    const byLocale = new Map<PrefixedLocale, Map<string, Translation>>(PREFIXED_LOCALES.map((l) => [l, new Map()]));
    for (const entry of files) {
      const [locale, collection, id] = entry.id.split('/');
      const c = COLLECTIONS.find((x) => x === collection);
      if (!isLocale(locale) || locale === 'en' || !c || !id)
        throw new Error(`A translation at an impossible place: ${entry.id}`);
      const file = translationFile(locale, c, id);
      const own = raw(file);
      const original = raw(contentFile(c, id));
      byLocale.get(locale)!.set(`${c}/${id}`, {
        locale,
        collection: c,
        id,
        entry,
        file,
        full: isFullTranslation(c, original.data, original.body, own.data as Record<string, unknown>, own.body),
        hasBody: Boolean(own.body.trim()),
        stale:
          (own.data as { translatedFrom?: string }).translatedFrom !==
          translationDigest(c, original.data, original.body),
      });
    }
    const out = new Map<PrefixedLocale, LocalizedCorpus>();
    for (const [locale, translations] of byLocale) {
      const typed = entries.map((e: AnyEntry) => {
        const t = translations.get(`${e.collection}/${e.id}`);
        const data = t ? overlayTranslation(e.collection, e.data as object, t.entry.data) : e.data;
        return corpusEntry(e.collection, e.id, data);
      });
      const { t } = uiFor(locale);
      const label = (n: number) => t.cbm.label.replace('{n}', String(n));
      const english = (key: string) => !translations.has(key);
      out.set(locale, { locale, graph: buildGraph(typed, { cbmLabel: label, english }), translations });
    }
    return out;
  })();
  return cached;
}

/** The record in `locale`, with its translations. */
export async function localizedCorpus(locale: PrefixedLocale): Promise<LocalizedCorpus> {
  return (await loadTranslations()).get(locale)!;
}

/** The languages the page of `collection/id` exists in: English, and each language it is translated into. */
export async function languagesOf(collection: CollectionName, id: string): Promise<Locale[]> {
  const byLocale = await loadTranslations();
  return ['en', ...PREFIXED_LOCALES.filter((l) => byLocale.get(l)!.translations.has(`${collection}/${id}`))];
}

/** Each language's paths, made once per loaded corpus: the middleware asks for every page of the language. */
const paths = new WeakMap<LocalizedCorpus, Set<string>>();

/** The English paths of every page that exists in `locale`: its fixed pages and its translated entries. */
export async function pathsIn(locale: PrefixedLocale): Promise<Set<string>> {
  const corpus = await localizedCorpus(locale);
  let set = paths.get(corpus);
  if (!set) {
    set = new Set([
      ...LOCALE_PAGES[locale],
      ...[...corpus.translations.values()].map((t) => entryUrl(t.collection, t.id)),
    ]);
    paths.set(corpus, set);
  }
  return set;
}

/** The translated titles and summaries of every entry, for the data exports (src/lib/views/exports.ts). */
export async function exportTranslations(): Promise<ExportTranslations> {
  const out = new Map<string, Partial<Record<PrefixedLocale, { title?: string; summary?: string }>>>();
  for (const { locale, translations } of (await loadTranslations()).values())
    for (const [key, t] of translations) {
      const d = t.entry.data as Record<string, unknown>;
      const title = [d['title'], d['name'], d['term']].find((v): v is string => typeof v === 'string');
      const summary = [d['summary'], d['definition']].find((v): v is string => typeof v === 'string');
      out.set(key, { ...out.get(key), [locale]: { ...(title ? { title } : {}), ...(summary ? { summary } : {}) } });
    }
  return out;
}
