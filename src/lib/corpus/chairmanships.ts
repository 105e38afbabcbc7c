/**
 * The OSCE Chairmanship (Chairpersonship from 2024) as data: each State lists the years it
 * chaired (`chairmanships`), and everything else is derived from that — which State chaired in
 * a given year, so that an event links to the chairing State, and a State's years.
 */

/** The parts of a State this module reads. */
export interface ChairingState {
  id: string;
  chairmanships?: readonly number[];
}

/** Year → id of the State that chaired. When two States claim a year the first one wins; the check reports it. */
export function chairsByYear(states: readonly ChairingState[]): Map<number, string> {
  const byYear = new Map<number, string>();
  for (const s of states) for (const y of s.chairmanships ?? []) if (!byYear.has(y)) byYear.set(y, s.id);
  return new Map([...byYear].sort(([a], [b]) => a - b));
}

/** Years claimed by more than one State, with the States that claim each. */
export function contestedYears(states: readonly ChairingState[]): { year: number; states: string[] }[] {
  const claims = new Map<number, string[]>();
  for (const s of states) for (const y of s.chairmanships ?? []) claims.set(y, [...(claims.get(y) ?? []), s.id]);
  return [...claims]
    .filter(([, ids]) => ids.length > 1)
    .map(([year, ids]) => ({ year, states: ids }))
    .sort((a, b) => a.year - b.year);
}

/**
 * The State that chaired when something happened, from a date of any precision (`2017`,
 * `2017-11`, `2017-11-03`); undefined when the date is missing or the year has no chair on record.
 */
export function chairAt(date: string | undefined, byYear: ReadonlyMap<number, string>): string | undefined {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? byYear.get(year) : undefined;
}
