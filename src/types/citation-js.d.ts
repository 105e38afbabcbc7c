// citation-js ships no type declarations; this is the part of its API the project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'citeproc' {
  const CSL: { Engine: new (sys: unknown, style: string, lang: string, forceLang: boolean) => unknown };
  export default CSL;
}
