/** Text forms of the corpus's values for readers. */
import { precisionOf } from '../schemas/dates.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2016-09-12` → "12 September 2016", `2016-09` → "September 2016", `2016` → "2016". */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return y ?? value;
  const month = MONTHS[Number(m) - 1];
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A span of dates as a person writes it: "29–30 October 2015", "2016 – ongoing". */
export function formatDateRange(start: string, end?: string, ongoing = false): string {
  if (ongoing) return `${formatDate(start)} – ongoing`;
  if (!end || end === start) return formatDate(start);
  if (precisionOf(start) === 'day' && precisionOf(end) === 'day') {
    const [sy, sm, sd] = start.split('-');
    const [ey, em, ed] = end.split('-');
    if (sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(sm) - 1]} ${sy}`;
    if (sy === ey) return `${Number(sd)} ${MONTHS[Number(sm) - 1]} – ${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** `PC.DEC/1106` → "PC 1106", `MC.DEC/5/16` → "MC 5/16": the short form used in tables and links. */
export function shortSymbol(symbol: string): string {
  return symbol.replace(/^([A-Z]+)\.DEC\//, '$1 ');
}

/** "women 2, men 13" style text for participants. */
export function formatParticipants(p: { total: number; women?: number; men?: number }): string {
  const parts = [p.women !== undefined ? `${p.women} women` : '', p.men !== undefined ? `${p.men} men` : ''].filter(
    Boolean,
  );
  return parts.length ? `${p.total} (${parts.join(', ')})` : String(p.total);
}

/** `capacity-building` → "Capacity building". */
export function humanise(value: string): string {
  const text = value.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 entry", "16 entries". */
export function countOf(n: number, singular = 'entry', plural = 'entries'): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
