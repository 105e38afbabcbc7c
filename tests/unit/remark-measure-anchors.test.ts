import { describe, expect, it } from 'vitest';
import { measureAnchor } from '../../src/lib/remark-measure-anchors.ts';
import { anchorsIn } from '../../src/lib/integrity.ts';

describe('measure anchors', () => {
  it('gives a heading that starts with "CBM N" the id cbm-N', () => {
    expect(measureAnchor('CBM 15 — Protecting critical infrastructure')).toBe('cbm-15');
    expect(measureAnchor('CBM 1: National views')).toBe('cbm-1');
    expect(measureAnchor('Critical infrastructure and CBM 15')).toBeUndefined();
  });
  it('finds the anchors a decision body will have', () => {
    expect(anchorsIn('## Intro\n\n### CBM 12 — Exchanges\n\ntext\n\n### CBM 13 — Channels\n')).toEqual(['cbm-12', 'cbm-13']);
  });
});
