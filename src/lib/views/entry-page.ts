/**
 * Everything an entry page shows, as one model: heading and kicker, breadcrumbs, metadata rows,
 * the provenance card (measures), references and backlinks, sources with locators and notes, the
 * citation block (citable collections), JSON-LD, search data, history links and previous/next.
 * `src/pages/[collection]/[slug].astro` is markup over this model.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { CAPABILITIES, type Capabilities } from '../../schemas/capabilities.ts';
import { shortSymbol } from '../format.ts';
import { neighbours, type Graph, type Node } from '../corpus/graph.ts';
import { CBM_LABEL, headingOf } from '../corpus/naming.ts';
import { searchMeta, type SearchMeta } from '../search-meta.ts';
import { citationUrl, contentFile, entryFeedUrl, indexUrl } from '../urls.ts';
import { cslItem, isCitable } from '../citations/items.ts';
import { highwireTags, type MetaTag } from './highwire.ts';
import { repositoryLinks, type RepositoryLinks } from './repository-links.ts';
import { fill, uiFor, type Ui } from '../i18n/index.ts';
import { jsonLd } from './jsonld.ts';
import { linkSections, type LinkSection } from './links.ts';
import { metadataRows, type MetaRow } from './metadata.ts';
import { provenanceCard, type ProvenanceCardModel } from './provenance.ts';
import { measureElements, type MeasureElements } from './measure-elements.ts';
import { sourceList, type NoteItem, type SourceItem } from './source-list.ts';
import { evidenceOf, type EvidenceSummary } from '../corpus/evidence.ts';
import { basisLegend, crosswalkSection, type CrosswalkSection } from './crosswalk.ts';
import { stateProfile, type StateProfile } from './state-profile.ts';

/** What the page model needs from outside the corpus: the site URL, the repository, git dates. */
export interface EntryPageEnv {
  /** The site's absolute base URL, without trailing slash. */
  site: string;
  /** The repository the history, edit and report links point to. */
  repository: string;
  /** The branch the history, source and edit links open. */
  branch: string;
  /** `YYYY-MM-DD` of the last change to a content file, if known. */
  lastChanged(file: string): string | undefined;
  /** The access date (`YYYY-MM-DD`) and dataset version printed under citations. */
  accessed: string;
  version: string;
  /** The reader's language (English when not given). */
  ui?: Ui;
  /** On a translated page: the translation's own file, which the edit link opens. */
  translationFile?: string;
  /**
   * On a translated page: the record in English, which the citation tags cite (a decision keeps its
   * official English title and symbol; "Cite this" is English too).
   */
  englishGraph?: Graph;
}

export interface PagerLink {
  href: string;
  label: string;
  lang?: string;
}

export interface EntryPage {
  collection: CollectionName;
  id: string;
  /** The entry's page in English, the reference every translation names. */
  englishUrl: string;
  heading: string;
  /** "Decision · PC.DEC/1202", "CBM". */
  kicker: string;
  summary?: string;
  crumbs: { label: string; href?: string }[];
  jsonLd: Record<string, unknown>;
  /** The article's class: a measure prints as a one-page briefing card. */
  articleClass?: string;
  /**
   * Whether the page's heading, summary and metadata are indexed for search. A source that carries
   * a decision's title must not outrank the decision, so a source gives search its own title instead.
   */
  indexed: boolean;
  /**
   * How search ranks the page (src/schemas/capabilities.ts): the record's entries fully; reference
   * material (glossary, frameworks, norms) below them on the same words; a source by its name only.
   */
  searchRole: Capabilities['search'];
  /** Pagefind attributes of the body: a source's prose is left out, reference material weighs less. */
  bodySearch: Record<string, string>;
  /** The result title of a page whose heading is not indexed. */
  searchTitle?: string;
  search: SearchMeta;
  meta: MetaRow[];
  provenance?: ProvenanceCardModel;
  /** A measure's elements, each with its readable source, and what no readable copy shows. */
  elements?: MeasureElements;
  /** A measure's or a State's own feed (src/lib/views/feed.ts), announced in the head and linked on the page. */
  feed?: { href: string; title: string; label: string };
  references: LinkSection;
  referencedBy: LinkSection;
  sources: SourceItem[];
  notes: NoteItem[];
  /** How the entry rests on its sources: shown as "secondary sources only" where none is primary. */
  evidence?: EvidenceSummary;
  /** The page head's Highwire `citation_*` tags (decisions, measures, documents; none for others). */
  citationTags: MetaTag[];
  /** The citation block: the item id the formatted texts are keyed by, and the download links. */
  citation?: { id: string; downloads: { label: string; href: string }[]; accessed: string; version: string };
  /** The last change, and the links into the repository: history, source, edit, report an error. */
  history: { text: string; translated: boolean } & RepositoryLinks;
  pager?: { label: string; previous?: PagerLink; next?: PagerLink };
  /** Measures, norms and frameworks: the cross-walk links with their basis, and the legend of the two bases. */
  crosswalk?: CrosswalkSection & { legend: ReturnType<typeof basisLegend> };
  /** States: the record at a glance and the year-by-measure grid. */
  profile?: StateProfile;
}

/** A source's page describes the publication, not the topic; reference material ranks below the record. */
const BODY_SEARCH: Record<Capabilities['search'], Record<string, string>> = {
  entry: {},
  reference: { 'data-pagefind-weight': '0.1' },
  name: { 'data-pagefind-ignore': '' },
};

const DOWNLOADS = [
  ['BibTeX', 'bib'],
  ['RIS', 'ris'],
  ['CSL-JSON', 'json'],
] as const;

function citationOf(collection: CollectionName, id: string, env: EntryPageEnv): NonNullable<EntryPage['citation']> {
  const downloads = DOWNLOADS.map(([label, ext]) => ({ label, href: citationUrl(collection, id, ext) }));
  return { id: `${collection}-${id}`, downloads, accessed: env.accessed, version: env.version };
}

function citationTags(node: Node, graph: Graph, env: EntryPageEnv): MetaTag[] {
  const item = cslItem(node, { graph, site: env.site, accessed: env.accessed, version: env.version });
  const official = 'officialUrl' in node.data ? node.data.officialUrl : undefined;
  return item ? highwireTags(node.collection, item, official) : [];
}

function pagerLinks(previous: Node | undefined, next: Node | undefined): { previous?: PagerLink; next?: PagerLink } {
  const link = (n: Node): PagerLink => ({ href: n.url, label: n.label, ...(n.lang ? { lang: n.lang } : {}) });
  return { ...(previous ? { previous: link(previous) } : {}), ...(next ? { next: link(next) } : {}) };
}

/** The model of the page of entry `id` of `collection`; throws if the corpus has no such entry. */
export function entryPage(graph: Graph, collection: CollectionName, id: string, env: EntryPageEnv): EntryPage {
  const node: Node | undefined = graph.get(collection, id);
  if (!node) throw new Error(`No entry ${collection}/${id} in the corpus`);
  const ui = env.ui ?? uiFor();
  const { t } = ui;
  const info = t.collections[collection];
  const heading = headingOf(node);
  const summary =
    node.collection === 'terms' ? node.data.definition : 'summary' in node.data ? node.data.summary : undefined;
  const crosswalk = crosswalkSection(graph, node, ui);
  const file = contentFile(collection, id);
  const changed = env.lastChanged(env.translationFile ?? file);
  const { previous, next } = neighbours(node, graph);
  const { sources, notes } = sourceList(node, graph, ui);
  const { references, referencedBy } = linkSections(node, graph, ui);
  return {
    collection,
    id,
    englishUrl: node.url,
    heading,
    kicker:
      node.collection === 'decisions'
        ? `${info.singular} · ${node.data.symbol}`
        : node.collection === 'norms'
          ? `${info.singular} · ${graph.get('frameworks', node.data.framework.id)?.label ?? node.data.framework.id}`
          : info.singular,
    ...(summary ? { summary } : {}),
    crumbs: [{ label: info.title, href: indexUrl(collection) }, { label: node.label }],
    jsonLd: jsonLd(node, graph, env.site),
    ...(node.collection === 'cbms'
      ? {
          articleClass: 'cbm-card',
          provenance: provenanceCard(node, graph, ui),
          elements: measureElements(node, graph),
        }
      : {}),
    indexed: node.collection !== 'sources',
    searchRole: CAPABILITIES[collection].search,
    bodySearch: BODY_SEARCH[CAPABILITIES[collection].search],
    ...(node.collection === 'sources'
      ? {
          searchTitle: node.data.symbol
            ? fill(t.entry.officialText, { symbol: shortSymbol(node.data.symbol) })
            : heading,
        }
      : {}),
    search: searchMeta(node, graph, ui.locale === 'en' ? undefined : ui),
    meta: metadataRows(node, graph, ui),
    ...(node.collection === 'cbms' || node.collection === 'states'
      ? {
          feed: {
            href: entryFeedUrl(node.collection, node.id),
            title: `CyberCBM: ${node.collection === 'cbms' ? CBM_LABEL(node.data.number) : node.title}`,
            label: node.collection === 'cbms' ? t.cbm.follow : t.entry.followState,
          },
        }
      : {}),
    references,
    referencedBy,
    sources,
    notes,
    ...('sources' in node.data && node.collection !== 'sources' ? { evidence: evidenceOf(node.data) } : {}),
    ...(isCitable(collection) ? { citation: citationOf(collection, id, env) } : {}),
    // On a translated page the tags keep the official English title and say the page's language.
    citationTags: citationTags(env.englishGraph?.get(collection, id) ?? node, env.englishGraph ?? graph, env).map(
      (tag) => (tag.name === 'citation_language' && ui.locale !== 'en' ? { ...tag, content: ui.tag } : tag),
    ),
    history: {
      text: changed ? fill(t.entry.lastChanged, { date: ui.date(changed) }) : t.entry.lastChangedUnknown,
      translated: Boolean(env.translationFile),
      ...repositoryLinks(
        { url: env.repository, branch: env.branch },
        env.translationFile ?? file,
        `${collection}/${id}`,
        node.label,
        `${env.site}${node.url}`,
      ),
    },
    ...(crosswalk ? { crosswalk: { ...crosswalk, legend: basisLegend(ui) } } : {}),
    ...(node.collection === 'states' ? { profile: stateProfile(graph, node) } : {}),
    ...(previous || next
      ? {
          pager: {
            label: fill(t.entry.pager, { collection: info.title.toLocaleLowerCase(ui.tag) }),
            ...pagerLinks(previous, next),
          },
        }
      : {}),
  };
}
