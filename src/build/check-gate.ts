/**
 * The content check as a gate of the build: the check runs in the content worker
 * (src/build/content-worker.ts) while Vite starts and content syncs, and a failed check stops
 * the build before Astro writes any page, with its report. This is the build's only content
 * check (`npm run check` runs the same code without a build): Astro 7 only logs a dangling
 * `reference()` and goes on building, and js-yaml silently rolls an impossible date such as
 * 2016-13-45 over into a real one. Neither may reach a published site.
 *
 * Where the gate waits, by command (the modules are read by src/content.config.ts and
 * src/build/corpus-loader.ts, which throw the report they are handed):
 * - `astro build`: at `astro:build:start` (`passed()`); `content-verdict` waits too, for the
 *   loader, which asks only when Astro's schema rejects an entry (the check's report says it better);
 * - `astro sync`: there is no build:start, so `content-check` waits, before content syncs;
 * - `astro dev`: never; the report is logged and the site served anyway.
 */
import type { AstroIntegrationLogger } from 'astro';
import { formatProblems } from '../lib/check/index.ts';
import type { CheckOutcome } from './content-worker.ts';
import type { PluginParts } from './vite-virtual-modules.ts';

/** The report of a failed check, or undefined when it passed. */
export function checkReport({ problems }: CheckOutcome): string | undefined {
  if (!problems.length) return undefined;
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`;
}

const failed = (report: string) => `The content check failed; the site was not built.\n${report}`;

export interface CheckGate extends PluginParts {
  /** Resolves when the check passed; rejects with its report when it failed. */
  passed(): Promise<void>;
}

export function checkGate(check: Promise<CheckOutcome>, command: string, logger: AstroIntegrationLogger): CheckGate {
  // Logged once, whoever asks first.
  const verdict = check.then((outcome) => {
    const report = checkReport(outcome);
    if (!report)
      logger.info(
        `${outcome.files} content files pass the content check in ${outcome.ms} ms` +
          (outcome.factsStored ? ` (${outcome.factsStored} unchanged files not parsed again)` : ''),
      );
    else if (command === 'dev') logger.error(report);
    return report && failed(report);
  });
  // A build and `astro sync` fail on a broken worker where they wait for it; dev says so here.
  verdict.catch((error: unknown) => {
    if (command === 'dev') logger.error(`The content check could not run: ${String(error)}`);
  });
  const exported = async (name: string, waits: boolean) =>
    `export const ${name} = ${waits ? JSON.stringify((await verdict) ?? null) : 'null'} ?? undefined;`;
  return {
    modules: {
      'virtual:cybercbm/content-check': () => exported('syncFailure', command === 'sync'),
      'virtual:cybercbm/content-verdict': () => exported('failure', command !== 'dev'),
    },
    async passed() {
      const report = await verdict;
      if (report) throw new Error(report);
    },
  };
}
