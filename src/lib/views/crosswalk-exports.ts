/**
 * The cross-walk as open data: `crosswalk.csv` and `crosswalk.json` from the same records (one per
 * link, with its basis), and the JSON Schema of `crosswalk.json`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Graph } from '../corpus/graph.ts';
import { BASIS_TEXT, crosswalkLinks, orderedNorms } from './crosswalk.ts';

/** The cross-walk as flat records, one per link: the rows of `crosswalk.csv` and the `links` of `crosswalk.json`. */
export function crosswalkRecords(graph: Graph, site: string) {
  return crosswalkLinks(graph).map((l) => ({
    cbm: l.cbm.data.number,
    framework: l.norm.data.framework.id,
    norm: l.norm.id,
    label: l.norm.data.label,
    normTitle: l.norm.data.title,
    basis: l.basis,
    source: l.source?.id ?? '',
    locator: l.locator ?? '',
    reason: l.reason ?? '',
    page: `${site}${l.norm.url}`,
  }));
}

/** `crosswalk.json`: the frameworks, the norms and every link with its basis (from `crosswalkRecords`). */
export function crosswalkJson(graph: Graph, site: string) {
  return {
    bases: BASIS_TEXT,
    frameworks: graph
      .nodesOf('frameworks')
      .map((f) => ({ id: f.id, title: f.title, symbol: f.data.symbol ?? null, page: `${site}${f.url}` })),
    norms: orderedNorms(graph).map((n) => ({
      id: n.id,
      framework: n.data.framework.id,
      label: n.data.label,
      title: n.data.title,
      page: `${site}${n.url}`,
    })),
    links: crosswalkRecords(graph, site),
  };
}

/** `crosswalk.csv`: one row per link, the same records as the JSON. */
export function crosswalkCsv(graph: Graph, site: string): string {
  const records = crosswalkRecords(graph, site);
  const columns = ['cbm', 'framework', 'norm', 'label', 'normTitle', 'basis', 'source', 'locator', 'reason', 'page'];
  return stringify(records, { header: true, columns });
}

/** JSON Schema of `crosswalk.json`. */
export function crosswalkSchema(site: string): Record<string, unknown> {
  const str = (description: string) => ({ type: 'string', description });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${site}/data/schema/crosswalk.schema.json`,
    title: 'CyberCBM cross-walk: OSCE measures and the norms of other frameworks',
    type: 'object',
    required: ['bases', 'frameworks', 'norms', 'links'],
    properties: {
      bases: { type: 'object', description: 'what each basis of a link means' },
      frameworks: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'page'],
          properties: {
            id: str('framework id'),
            title: str('title'),
            symbol: { type: ['string', 'null'] },
            page: str('page on this site'),
          },
        },
      },
      norms: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'framework', 'label', 'title', 'page'],
          properties: {
            id: str('norm id'),
            framework: str('framework id'),
            label: str('label in its framework, e.g. 13(j)'),
            title: str('title'),
            page: str('page on this site'),
          },
        },
      },
      links: {
        type: 'array',
        items: {
          type: 'object',
          required: ['cbm', 'framework', 'norm', 'label', 'normTitle', 'basis', 'source', 'locator', 'reason', 'page'],
          properties: {
            cbm: { type: 'integer', minimum: 1, description: 'the OSCE measure number' },
            framework: str('framework id'),
            norm: str('norm id'),
            label: str('the norm label'),
            normTitle: str('the norm title'),
            basis: {
              enum: ['source', 'reading'],
              description: "source: a cited source states the link; reading: the site's own reading",
            },
            source: str('for basis source: the id of the source (empty otherwise)'),
            locator: str('for basis source: where the source states it (empty otherwise)'),
            reason: str('for basis reading: the one-line reason (empty otherwise)'),
            page: str("the norm's page on this site"),
          },
        },
      },
    },
  };
}
