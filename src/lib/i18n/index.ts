/**
 * The interface in the reader's language: `uiFor(locale)` gives the dictionary and the formatters
 * (dates and numbers through `Intl`, English keeping the site's own forms). Pages and components
 * print only what this hands them; the page models take it as `ui`.
 */
import { formatDate, formatDateRange } from '../format.ts';
import { precisionOf } from '../../schemas/dates.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, type Locale } from './locales.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { it } from './it.ts';
import { ru } from './ru.ts';
import { es } from './es.ts';

/** A text that depends on a count, by the plural categories of `Intl.PluralRules`. */
export interface Plural {
  one: string;
  other: string;
  few?: string;
  many?: string;
}

/** The shape of `en` with every text widened to `string`: what each language must give in full. */
type Widen<T> = T extends string ? string : T extends Plural ? Plural : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;

const DICTIONARIES: Record<Locale, Dictionary> = { en, fr, de, it, ru, es };

export interface Ui {
  locale: Locale;
  /** The BCP 47 tag: `en-GB`, `ru`. */
  tag: string;
  t: Dictionary;
  /** `2016-09-12` (or `2016-09`, `2016`) as the language writes it. */
  date(value: string): string;
  /**
   * The date as it reads after the dictionary's `meta.from` ("from", «с»): a month-only date takes
   * the month's form of a full date, the genitive in Russian («с сентября 2016 г.», not «с сентябрь»).
   */
  dateAfterFrom(value: string): string;
  dateRange(start: string, end?: string, ongoing?: boolean): string;
  number(n: number): string;
  /** A count in words: `count(t.index.count, 3)` → "3 entries.". */
  count(text: Plural, n: number): string;
}

/** Fills `{name}` in `template` from `values`. A name without a value stays as written (the tests catch it). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Splits `template` at its `{name}` slots, for markup that puts a link in a sentence:
 * `parts('See {link}.')` → `['See ', { slot: 'link' }, '.']`.
 */
export function parts(template: string): (string | { slot: string })[] {
  return template
    .split(/(\{\w+\})/)
    .map((p) => (/^\{\w+\}$/.test(p) ? { slot: p.slice(1, -1) } : p))
    .filter((p) => p !== '');
}

const cache = new Map<Locale, Ui>();

export function uiFor(locale: Locale = DEFAULT_LOCALE): Ui {
  const known = cache.get(locale);
  if (known) return known;
  const tag = LANGUAGE_TAG[locale];
  const t = DICTIONARIES[locale];
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const formats = {
    day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
  const asDate = (value: string) => {
    const [y, m = '01', d = '01'] = value.split('-');
    return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  };
  const date = (value: string): string => {
    if (locale === DEFAULT_LOCALE) return formatDate(value);
    const precision = precisionOf(value);
    if (precision === 'year') return value.slice(0, 4);
    return (precision === 'month' ? formats.month : formats.day).format(asDate(value));
  };
  // A month in a full date ("1 сентября 2016 г."), the day and what follows it dropped.
  const monthOfDay = (value: string) => {
    const parts = formats.day.formatToParts(asDate(value));
    const day = parts.findIndex((p) => p.type === 'day');
    return parts
      .filter((_, i) => i !== day && i !== day + 1)
      .map((p) => p.value)
      .join('')
      .trim();
  };
  const ui: Ui = {
    locale,
    tag,
    t,
    date,
    dateAfterFrom: (value) =>
      locale !== DEFAULT_LOCALE && precisionOf(value) === 'month' ? monthOfDay(value) : date(value),
    dateRange(start, end, ongoing = false) {
      if (locale === DEFAULT_LOCALE) return formatDateRange(start, end, ongoing);
      if (ongoing) return `${date(start)} – ${t.meta.ongoing}`;
      if (!end || end === start) return date(start);
      if (precisionOf(start) === 'day' && precisionOf(end) === 'day') {
        const range = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        return range.formatRange(asDate(start), asDate(end));
      }
      return `${date(start)} – ${date(end)}`;
    },
    number: (n) => numbers.format(n),
    count(text, n) {
      const category = plurals.select(n) as keyof Plural;
      return fill(text[category] ?? text.other, { n: numbers.format(n) });
    },
  };
  cache.set(locale, ui);
  return ui;
}
