/** Types of the Vite virtual modules the project's integrations provide. */
declare module 'virtual:cybercbm/citations' {
  /** id → { apa, harvard1 }: every citable entry's formatted citations (src/integrations/citations.ts). */
  export const citations: Map<string, Record<string, string>>;
}

/** Loads once the content check has passed; throws its report otherwise (src/integrations/content-integrity.ts). */
declare module 'virtual:cybercbm/content-check' {}

/** Loads once the content check has passed; throws its report otherwise (src/integrations/content-integrity.ts). */
declare module 'virtual:cybercbm/content-verdict' {}
