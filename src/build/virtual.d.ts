/** Types of the Vite virtual modules the project's integrations provide. */
declare module 'virtual:cybercbm/citations' {
  /** id → { apa, harvard1 }: every citable entry's formatted citations (src/build/citations.ts). */
  export const citations: Map<string, Record<string, string>>;
}

/**
 * In `astro sync`, loads once the content check has passed and throws its report otherwise; in a
 * build or `astro dev`, loads at once (src/build/check-gate.ts).
 */
declare module 'virtual:cybercbm/content-check' {}

/**
 * In a build or `astro sync`, loads once the content check has passed and throws its report
 * otherwise; in `astro dev`, loads at once (src/build/check-gate.ts).
 */
declare module 'virtual:cybercbm/content-verdict' {}
