import { describe, expect, it } from 'vitest';
import { cbmTable } from '../../../src/lib/views/cbm-table.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the table of measures', () => {
  it('tables each measure with the decision that introduced it, at its anchor', () => {
    expect(cbmTable(graph).at(-1)).toEqual({
      href: '/cbms/15/',
      label: 'CBM 15',
      title: 'Critical infrastructure',
      summary: 'Summary of CBM 15',
      introduced: { href: '/decisions/pc-1202/#cbm-15', label: 'PC 1202' },
    });
  });

  it('lists the measures by number', () => {
    expect(cbmTable(graph).map((r) => r.label)).toEqual(['CBM 1', 'CBM 2', 'CBM 15']);
  });
});
