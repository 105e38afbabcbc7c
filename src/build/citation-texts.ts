/**
 * A door of the build wing for pages: every citation text of the build ("Cite this": APA and
 * Harvard), formatted once in the content worker (src/build/citations.ts delivers them).
 */
import { citations } from 'virtual:cybercbm/citations';

/** id → { apa, harvard1 }: the formatted text of each citable entry. */
export type Formatted = Map<string, Record<string, string>>;

export function formattedCitations(): Formatted {
  return citations;
}
