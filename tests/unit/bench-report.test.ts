/** BENCHMARKS.md's search table (scripts/bench/report.ts): each query's row and the median row, with Pagefind's floor beside our typed time. */
import { describe, expect, it } from 'vitest';
import { renderBenchmarks } from '../../scripts/bench/report.ts';

const results = {
  date: '2026-12-08T00:00:00Z',
  machine: { cpus: 2, memoryGb: 24 },
  versions: { node: '24', astro: '7', pagefind: '1.6' },
  ours: [],
  starlight: [],
  search: {
    ours: [
      { query: 'Hamburg', results: 6, submitToPaintedMs: 42.5, pagefindAloneMs: 11.6, ownScriptMs: 8, ownShare: 0.2 },
      { query: 'CBM 8', results: 6, submitToPaintedMs: 111, pagefindAloneMs: 35.8, ownScriptMs: 20, ownShare: 0.18 },
      {
        query: 'workshop',
        results: 6,
        submitToPaintedMs: 254.6,
        pagefindAloneMs: 106.9,
        ownScriptMs: 15,
        ownShare: 0.06,
      },
    ],
    starlight: [{ query: 'Hamburg', submitToPaintedMs: 500 }],
  },
};

describe('the search table', () => {
  const md = renderBenchmarks(results);
  const row = (label: string) => md.split('\n').find((line) => line.startsWith(`| ${label} |`))!;

  it('has a "Pagefind alone" column after our typed time', () => {
    expect(md).toContain(
      '| query | results drawn, ours | typed, ours (ms) | Pagefind alone (ms) | typed, Starlight (ms) |',
    );
    expect(row('Hamburg')).toMatch(/^\| Hamburg \| 6 \| 42\.5 \| 11\.6 \| 500 \| 0\.09 \|/);
    expect(row('CBM 8')).toMatch(/^\| CBM 8 \| 6 \| 111 \| 35\.8 \| – \| – \|/);
  });

  it('gives the medians of the queries, the floor included', () => {
    expect(row('**median of the queries**')).toMatch(
      /^\| \*\*median of the queries\*\* \| – \| 111 \| 35\.8 \| 500 \|/,
    );
  });

  it('has as many cells in each row as in its header', () => {
    const header = md.split('\n').find((line) => line.startsWith('| query |'))!;
    const cells = (line: string) => line.split('|').length;
    for (const label of ['Hamburg', 'CBM 8', 'workshop', '**median of the queries**'])
      expect(cells(row(label))).toBe(cells(header));
  });
});
