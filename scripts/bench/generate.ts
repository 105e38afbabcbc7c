/**
 * Synthetic corpora for the benchmark: the real content plus generated entries spread over the
 * collections in realistic proportions, with bodies of several hundred words, headings, a GFM
 * table, internal links, references and sources, all valid against the real schemas (the
 * benchmark runs `npm run check` on them first). Deterministic for a given size (seeded).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { translatableValues, translationDigest } from '../../src/lib/translations.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { TRANSLATABLE_COLLECTIONS } from '../../src/schemas/translation.ts';

/** Shares of generated entries per collection (decisions are few, events and activities many). */
const SHARES = { decisions: 0.06, documents: 0.14, events: 0.4, activities: 0.22, bodies: 0.06, sources: 0.12 } as const;

const WORDS = (
  'participating States confidence-building measures information communication technologies security cyber incident ' +
  'critical infrastructure co-operation transparency consultation contact point national strategy legislation law ' +
  'enforcement capacity building workshop seminar roundtable exercise escalation misperception risk conflict ' +
  'vulnerability disclosure private sector partnership terminology exchange platform dialogue Permanent Council ' +
  'Ministerial Council Secretariat Transnational Threats Department field operation training experts government ' +
  'regional subregional cross-border networks resilience response classification severity scale policy technical ' +
  'human rights privacy freedom expression terrorism crime forensics investigators border management'
).split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A word-for-word Russian stand-in for the generated English (not a translation anyone should read:
 * it gives the Russian pages Cyrillic words of a realistic length, so that Pagefind stems and indexes
 * Russian). Words it lacks stay as they are; figures, links and tables are kept.
 */
const RUSSIAN: Record<string, string> = Object.fromEntries(
  (
    'participating:участвующие states:государства confidence-building:укрепления-доверия measures:меры information:информации ' +
    'communication:коммуникации technologies:технологии security:безопасность cyber:кибер incident:инцидент critical:критически-важная ' +
    'infrastructure:инфраструктура co-operation:сотрудничество transparency:прозрачность consultation:консультации contact:контактный ' +
    'point:пункт national:национальная strategy:стратегия legislation:законодательство law:право enforcement:правоприменение ' +
    'capacity:потенциала building:наращивание workshop:семинар seminar:семинар roundtable:круглый-стол exercise:учения ' +
    'escalation:эскалация misperception:неверное-восприятие risk:риск conflict:конфликт vulnerability:уязвимость disclosure:раскрытие ' +
    'private:частный sector:сектор partnership:партнёрство terminology:терминология exchange:обмен platform:платформа dialogue:диалог ' +
    'permanent:постоянный council:совет ministerial:министров secretariat:секретариат transnational:транснациональных threats:угроз ' +
    'department:департамент field:полевая operation:операция training:обучение experts:эксперты government:правительство ' +
    'regional:региональный subregional:субрегиональный cross-border:трансграничные networks:сети resilience:устойчивость ' +
    'response:реагирование classification:классификация severity:тяжести scale:шкала policy:политика technical:технический human:человека ' +
    'rights:права privacy:неприкосновенность freedom:свобода expression:выражения terrorism:терроризм crime:преступность ' +
    'forensics:криминалистика investigators:следователи border:граница management:управление report:доклад on:о and:и ' +
    'synthetic:синтетический unit:подразделение decision:решение guidance:руководство conference:конференция see:см. what:что ' +
    'it:он does:делает the:это operative:постановляющие paragraphs:пункты how:как relates:связано to:с other:другими decisions:решениями ' +
    'was:было done:сделано results:итоги connection:связь is:есть says:говорит for:для discussion:обсуждение outcome:итог ' +
    'measure:мера role:роль year:год reaffirmed:подтверждена referenced:упомянута implemented:выполнена cbm:МД vienna:Вена kyiv:Киев ' +
    'belgrade:Белград astana:Астана dushanbe:Душанбе tirana:Тирана hamburg:Гамбург sofia:София brussels:Брюссель basel:Базель ' +
    'milan:Милан pc:ПС mc:СМ p:с. publisher:издатель'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** `text` in the Russian stand-in: link targets and figures unchanged. */
export function pseudoRussian(text: string): string {
  return text.replace(/\]\([^)]*\)|[A-Za-z][A-Za-z-]*/g, (word) => {
    if (word.startsWith('](')) return word;
    const ru = RUSSIAN[word.toLowerCase()];
    if (!ru) return word;
    return word[0] === word[0]!.toUpperCase() ? ru[0]!.toUpperCase() + ru.slice(1) : ru;
  });
}

function translateValues(values: unknown): unknown {
  if (typeof values === 'string') return pseudoRussian(values);
  if (Array.isArray(values)) return values.map(translateValues);
  if (values && typeof values === 'object') return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, translateValues(v)]));
  return values;
}

/** The share of generated entries that get a Russian translation, spread evenly over the translated collections. */
export const TRANSLATED_SHARE = 0.1;

export interface GeneratedCorpus {
  dir: string;
  entries: number;
  generated: number;
  /** How many generated entries have a Russian translation. */
  translated: number;
}

export interface CorpusOptions {
  /** Give every tenth generated entry a Russian translation (issue 25's benchmark); default true. */
  translations?: boolean;
}

/**
 * Writes `content/` for a corpus of `size` entries into `dir` (real content first, generated entries
 * up to `size`). Returns how many entries it holds and how many were generated.
 */
export function generateCorpus(projectRoot: string, dir: string, size: number, options: CorpusOptions = {}): GeneratedCorpus {
  const translations = options.translations ?? true;
  const random = rng(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const content = join(dir, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  // The real translations stay out: the benchmark gives both sites the same translated entries,
  // generated below, and Starlight (scripts/bench/starlight.ts) gets only Russian.
  rmSync(join(content, 'translations'), { recursive: true, force: true });
  // The real content comes first; generated entries fill the corpus up to `size` (a size below the
  // real corpus's gives the real corpus).
  const REAL = readdirSync(content, { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
  const extra = Math.max(0, size - REAL);
  const counts = Object.fromEntries(Object.entries(SHARES).map(([c, share]) => [c, Math.floor(extra * share)])) as Record<keyof typeof SHARES, number>;
  counts.events += extra - Object.values(counts).reduce((a, b) => a + b, 0);

  const ids: Record<string, string[]> = {
    decisions: ['pc-1106', 'pc-1202', 'mc-5-16', 'mc-7-06', 'mc-3-04'],
    bodies: ['permanent-council', 'ministerial-council', 'chairpersonship', 'transnational-threats-department', 'secretariat'],
    sources: ['unidir-cyber-policy-portal-osce', 'cssii-osce-annotated-list', 'eucyberdirect-eu-content-knowledge-hu-initial-set-of-osce-cbms'],
    states: ['austria', 'ukraine', 'germany', 'france', 'serbia', 'kazakhstan', 'albania', 'montenegro', 'tajikistan', 'poland'],
    events: [],
    activities: [],
  };
  const date = () => {
    const y = 2005 + Math.floor(random() * 20);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(random() * 3) }, () => sentence(10 + Math.floor(random() * 12))).join(' ');
  const link = () => {
    const kind = pick(['decisions', 'cbms', 'states', 'bodies'] as const);
    if (kind === 'cbms') {
      const n = 1 + Math.floor(random() * 16);
      return `[CBM ${n}](/cbms/${n}/)`;
    }
    const id = pick(ids[kind]!);
    return `[${id.replace(/-/g, ' ')}](/${kind}/${id}/)`;
  };
  const body = (headings: string[]) =>
    headings
      .map((h, i) => {
        const table = i === 1 ? `\n\n| Measure | Role | Year |\n|---|---|---|\n| CBM ${1 + Math.floor(random() * 16)} | ${pick(['reaffirmed', 'referenced', 'implemented'])} | ${2005 + Math.floor(random() * 20)} |\n| CBM ${1 + Math.floor(random() * 16)} | ${pick(['reaffirmed', 'referenced'])} | ${2005 + Math.floor(random() * 20)} |` : '';
        return `## ${h}\n\n${paragraph()} See ${link()} and ${link()}.${table}\n\n${paragraph()}`;
      })
      .join('\n\n');
  const src = () => [{ source: pick(ids['sources']!), grade: pick(['primary', 'secondary'] as const), locator: `p. ${1 + Math.floor(random() * 40)}` }];
  // A tenth of all generated entries, taken from the collections that are translated (sources are not).
  const translatable = extra - counts.sources;
  const target = translations ? Math.min(translatable, Math.round(extra * TRANSLATED_SHARE)) : 0;
  let written = 0;
  let translated = 0;
  const translate = (collection: CollectionName, id: string, data: Record<string, unknown>, text: string) => {
    const front = {
      original: `${collection}/${id}`,
      translatedFrom: translationDigest(collection, data, text),
      ...(translateValues(translatableValues(collection, data)) as Record<string, unknown>),
    };
    const folder = join(content, 'translations', 'ru', collection);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${id}.mdx`), `---\n${stringify(front, { lineWidth: 0 })}---\n\n${pseudoRussian(text)}\n`);
    translated++;
  };
  const write = (collection: CollectionName, id: string, data: Record<string, unknown>, text: string) => {
    mkdirSync(join(content, collection), { recursive: true });
    writeFileSync(join(content, collection, `${id}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}\n`);
    (ids[collection] ??= []).push(id);
    if (!TRANSLATABLE_COLLECTIONS.includes(collection)) return;
    if (Math.floor(((written + 1) * target) / translatable) > Math.floor((written * target) / translatable)) translate(collection, id, data, text);
    written++;
  };

  for (let i = 0; i < counts.sources; i++) {
    write('sources', `synthetic-source-${i}`, { title: `Report ${i} on ${pick(WORDS)} and ${pick(WORDS)}`, publisher: 'Synthetic publisher', kind: pick(['secondary', 'issuer', 'reprint'] as const), url: `https://example.org/reports/${i}`, accessed: '2026-12-01', published: date() }, paragraph());
  }
  for (let i = 0; i < counts.bodies; i++) {
    write('bodies', `synthetic-body-${i}`, { name: `Synthetic unit ${i}`, kind: 'unit', parent: pick(['transnational-threats-department', 'secretariat', 'field-operations']), summary: sentence(14), sources: src() }, body(['What it does']));
  }
  for (let i = 0; i < counts.decisions; i++) {
    const council = random() < 0.7 ? 'PC' : 'MC';
    const symbol = council === 'PC' ? `PC.DEC/${3000 + i}` : `MC.DEC/${i + 1}/${String(50 + (i % 40)).padStart(2, '0')}`;
    const id = symbol.replace(/^([A-Z]+)\.DEC\//, (_, p: string) => `${p.toLowerCase()}-`).replace(/\//g, '-');
    write('decisions', id, {
      title: `Decision on ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      symbol,
      body: council === 'PC' ? 'permanent-council' : 'ministerial-council',
      adopted: date(),
      venue: pick(['Vienna', 'Hamburg', 'Sofia', 'Brussels', 'Basel', 'Milan']),
      summary: sentence(20),
      relations: [{ decision: pick(ids['decisions']!.slice(0, 5)), type: pick(['builds-on', 'references'] as const) }],
      cbms: [{ cbm: 1 + Math.floor(random() * 16), role: pick(['reaffirms', 'references'] as const) }],
      sources: src(),
    }, body(['What the decision does', 'Operative paragraphs', 'How it relates to other decisions']));
  }
  for (let i = 0; i < counts.activities; i++) {
    const start = date();
    write('activities', `synthetic-activity-${i}`, {
      title: `Capacity building on ${pick(WORDS)} ${i}`,
      kind: pick(['capacity-building', 'training', 'forum', 'partnership', 'project'] as const),
      body: pick(ids['bodies']!),
      countries: [pick(ids['states']!)],
      start,
      ongoing: random() < 0.3,
      cbms: [1 + Math.floor(random() * 16)],
      summary: sentence(18),
      sources: src(),
    }, body(['What was done', 'Results', 'Connection to the measures']));
  }
  for (let i = 0; i < counts.documents; i++) {
    write('documents', `synthetic-document-${i}`, {
      title: `Guidance on ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      kind: pick(['declaration', 'resolution', 'training-material', 'report', 'guideline'] as const),
      issuer: pick(ids['bodies']!),
      date: date(),
      summary: sentence(16),
      cbms: [1 + Math.floor(random() * 16)],
      sources: src(),
    }, body(['What it is', 'What it says on cyber/ICT security']));
  }
  for (let i = 0; i < counts.events; i++) {
    const start = date();
    write('events', `${start}-synthetic-event-${i}`, {
      title: `${pick(['Workshop', 'Roundtable', 'Conference', 'Seminar'])} on ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      kind: pick(['conference', 'workshop', 'roundtable', 'meeting', 'training', 'exercise'] as const),
      start,
      location: { city: pick(['Vienna', 'Kyiv', 'Belgrade', 'Astana', 'Dushanbe', 'Tirana']), state: pick(ids['states']!) },
      organizers: [pick(ids['bodies']!)],
      cbms: [1 + Math.floor(random() * 16), 1 + Math.floor(random() * 16)].filter((v, j, a) => a.indexOf(v) === j),
      decisions: [pick(ids['decisions']!)],
      participants: { total: 20, women: 8, men: 12 },
      summary: sentence(18),
      sources: src(),
    }, body(['What it was for', 'Discussion', 'Outcome']));
  }
  return { dir, entries: REAL + extra, generated: extra, translated };
}
