/**
 * Types of the build wing's virtual modules (src/build/vite-virtual-modules.ts). What each one
 * loads, and when, under each Astro command: the table in src/build/index.ts.
 */
declare module 'virtual:cybercbm/citations' {
  /** id → { apa, harvard1 }: every citable entry's formatted citations (src/build/citations.ts). */
  export const citations: Map<string, Record<string, string>>;
}

declare module 'virtual:cybercbm/content-check' {
  /**
   * Under `astro sync`, the failed content check's report (the module loads once the check is
   * done); otherwise undefined at once (a build stops at `astro:build:start`, `astro dev` logs).
   */
  export const syncFailure: string | undefined;
}

declare module 'virtual:cybercbm/content-verdict' {
  /**
   * Under `astro build` and `astro sync`, the failed content check's report (the module loads
   * once the check is done); under `astro dev`, undefined at once.
   */
  export const failure: string | undefined;
}
