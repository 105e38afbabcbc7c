import { describe, expect, it } from 'vitest';
import { cslItem, type CiteContext } from '../../../src/lib/citations/items.ts';
import { highwireDate, highwireTags } from '../../../src/lib/views/highwire.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const ctx: CiteContext = { graph, site: 'https://example.org', accessed: '2026-01-02', version: '0.1.0+abc' };
const item = (collection: 'decisions' | 'cbms' | 'events' | 'documents', id: string) =>
  cslItem(graph.get(collection, id)!, ctx)!;

describe('Highwire citation tags', () => {
  it("give a decision's title, council, date, publisher, symbol, language and page from its CSL item", () => {
    expect(highwireTags('decisions', item('decisions', 'mc-5-16'))).toEqual([
      { name: 'citation_title', content: item('decisions', 'mc-5-16').title },
      { name: 'citation_author', content: 'OSCE Ministerial Council' },
      { name: 'citation_publication_date', content: '2016/12/09' },
      { name: 'citation_publisher', content: 'Organization for Security and Co-operation in Europe' },
      { name: 'citation_technical_report_number', content: 'MC.DEC/5/16' },
      { name: 'citation_language', content: 'en-GB' },
      { name: 'citation_public_url', content: 'https://example.org/decisions/mc-5-16/' },
    ]);
  });

  it("cite a measure by its decision's symbol and number, and give the official address only where the entry has one", () => {
    const tags = highwireTags('cbms', item('cbms', '15'), 'https://www.osce.org/pc/227281');
    expect(tags).toContainEqual({ name: 'citation_technical_report_number', content: 'PC.DEC/1202, CBM 15' });
    expect(tags).toContainEqual({ name: 'citation_publication_date', content: '2016/03/10' });
    expect(tags.at(-1)).toEqual({ name: 'citation_fulltext_html_url', content: 'https://www.osce.org/pc/227281' });
    expect(highwireTags('cbms', item('cbms', '15')).map((t) => t.name)).not.toContain('citation_fulltext_html_url');
  });

  it('give an event none: a meeting is not filed as a paper', () => {
    const [event] = graph.nodesOf('events');
    expect(highwireTags('events', cslItem(event!, ctx)!)).toEqual([]);
  });

  it('write partial dates as precisely as they are known', () => {
    expect(highwireDate([2016])).toBe('2016');
    expect(highwireDate([2016, 3])).toBe('2016/03');
    expect(highwireDate([2016, 3, 1])).toBe('2016/03/01');
  });
});
