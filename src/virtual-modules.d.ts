/** Types of the Vite virtual modules the project's integrations provide. */
declare module 'virtual:cybercbm/citations' {
  /** id → { apa, harvard1 }: every citable entry's formatted citations (src/integrations/citations.ts). */
  export const citations: Map<string, Record<string, string>>;
}
