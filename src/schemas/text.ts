/** Field types made of text: plain text, symbols, ids, themes and web addresses. */
import { z } from 'astro/zod';

/** Symbols as the OSCE writes them: `PC.DEC/1106`, `MC.DEC/5/16`, `FSC.DEC/3/13`. */
export const SYMBOL = /^[A-Z]{2,4}\.DEC\/\d+(?:\/\d{2})?$/;
/** Ids are file names: lower-case words joined by hyphens (CBM files are `01` … `16`). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Non-empty text; `what` names it in messages ("the title", "a summary"). */
export const text = (what: string) =>
  z
    .string({ error: `Expected ${what} as text` })
    .trim()
    .min(1, { error: `Expected ${what}, found an empty text` });

/**
 * Text a reader reads as prose (a title, a summary, a locator, a note): what a translation
 * (`content/translations/<lang>/…`, src/schemas/translation.ts) may carry in another language.
 * The translatable fields are the fields made with `prose`, read from the schemas, never listed by hand.
 */
export const prose = (what: string) => text(what).meta({ translatable: true });

export const symbol = () =>
  z.string().regex(SYMBOL, { error: 'Expected an OSCE symbol such as PC.DEC/1106 or MC.DEC/5/16' });

/**
 * Whether a URL's text is the address a browser opens: no whitespace anywhere, and the same as its
 * WHATWG-parsed `href` but for a trailing slash. zod's `z.url()` parses with `new URL()`, which
 * drops a leading space and percent-encodes an inner one, so `https://osce.org/pc/a b` passes it
 * and the page would link to an address the file does not say. A text that does not parse at all
 * is left to `z.url()`'s own message, so it is reported once.
 */
export function isUrlAsWritten(value: string): boolean {
  let href: string;
  try {
    href = new URL(value).href;
  } catch {
    return true;
  }
  return !/\s/.test(value) && (href === value || href === `${value}/`);
}

const AS_WRITTEN =
  'Expected the address exactly as a browser reads it: no spaces (write %20) and nothing the URL parser would change';

/**
 * `url` checked on the text as written. zod's URL check trims the value before any refinement sees
 * it, so the as-written test runs first, as a preprocess step (a pipe whose first half is a
 * transform: the JSON Schemas and the field reference describe the URL schema behind it); a
 * failure there stops the pipe, so the problem is reported once.
 */
const asWritten = <T extends z.ZodType>(url: T) =>
  z.preprocess((value, ctx) => {
    if (typeof value === 'string' && !isUrlAsWritten(value))
      ctx.addIssue({ code: 'custom', message: AS_WRITTEN, input: value });
    return value;
  }, url);

export const httpsUrl = asWritten(z.url({ protocol: /^https$/, error: 'Expected an absolute https:// URL' }));

/**
 * A source's outside address: https, or http where the source has no https address (the page
 * then says so). Never `javascript:`, `data:` or a relative path, and never a text the URL
 * parser would change (`isUrlAsWritten`).
 */
export const webUrl = asWritten(
  z.url({
    protocol: /^https?$/,
    error: 'Expected an absolute https:// URL (http:// only where the source has no https address)',
  }),
);

export const theme = z
  .string()
  .regex(ID, { error: 'Expected a theme in lower-case words joined by hyphens, e.g. critical-infrastructure' });

/** The themes an entry is filed under. */
export const themes = () => z.array(theme).default([]);
