import { describe, expect, it } from 'vitest';
import { measureAnchor } from '../../../src/lib/markdown/measure-anchors.ts';

describe('measure anchors', () => {
  it('gives a heading that starts with "CBM N" the id cbm-N', () => {
    expect(measureAnchor('CBM 15 — Protecting critical infrastructure')).toBe('cbm-15');
    expect(measureAnchor('CBM 1: National views')).toBe('cbm-1');
    expect(measureAnchor('Critical infrastructure and CBM 15')).toBeUndefined();
  });
});
