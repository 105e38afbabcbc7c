/**
 * Runs the content check and stops the build on any problem, before Astro writes any page.
 * This is the build's only content check (`npm run check` runs the same code without a build).
 * Astro 7 only logs a dangling `reference()` and goes on building; js-yaml silently rolls an
 * impossible date such as 2016-13-45 over into a real one. Neither may reach a published site.
 *
 * The check runs in the content worker thread (src/build/content-worker.ts), started as the
 * configuration is set up, so it takes its time on the second core while Vite starts and content
 * syncs on the first. A build waits for it at `astro:build:start`, after the sync and before any
 * page: a failed check stops the build there with its report. When Astro's schema rejects an entry
 * during the sync, the content loader first loads `virtual:cybercbm/content-verdict`, which waits
 * for the check and throws its report, so that the check's clearer message is the one a
 * maintainer reads. `astro sync` has no build:start: there `src/content.config.ts`'s import of
 * `virtual:cybercbm/content-check` waits for the check.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/check/index.ts';
import { writeEditorSchemas } from '../adapter/content-files.ts';
import { contentJob, contentWork, type CheckOutcome } from './content-worker.ts';

const MODULE = 'virtual:cybercbm/content-check';
const RESOLVED = `\0${MODULE}`;
const VERDICT = 'virtual:cybercbm/content-verdict';
const RESOLVED_VERDICT = `\0${VERDICT}`;

/** The report of a failed check, or undefined when it passed. */
export function checkReport({ problems }: CheckOutcome): string | undefined {
  if (!problems.length) return undefined;
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`;
}

export default function contentIntegrity(): AstroIntegration {
  let stop = async () => {};
  return {
    name: 'cybercbm:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // `astro preview` serves a finished build; checking again would only repeat the build's check.
        if (command === 'preview') return;
        const job = contentJob(config, command);
        // First of the two integrations to set up (astro.config.mjs): a new worker for this set-up.
        const { check } = contentWork(job, { fresh: true });
        if (command === 'dev') writeEditorSchemas(job.root);
        // Logged once, whoever asks first.
        const verdict = check.then((outcome) => {
          const report = checkReport(outcome);
          if (!report)
            logger.info(
              `${outcome.files} content files pass the content check in ${outcome.ms} ms` +
                (outcome.factsStored ? ` (${outcome.factsStored} unchanged files not parsed again)` : ''),
            );
          else if (command === 'dev') logger.error(report);
          return report;
        });
        // A build and `astro sync` fail on a broken worker where they wait for it; dev says so here.
        verdict.catch((error: unknown) => {
          if (command === 'dev') logger.error(`The content check could not run: ${String(error)}`);
        });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cybercbm:content-check',
                resolveId: (id) => (id === MODULE ? RESOLVED : id === VERDICT ? RESOLVED_VERDICT : undefined),
                load: async (id) => {
                  if (id !== RESOLVED && id !== RESOLVED_VERDICT) return undefined;
                  // `astro dev` shows the problems and serves the site anyway; a build waits at build:start.
                  if (command === 'dev' || (id === RESOLVED && command !== 'sync')) return 'export {};';
                  const report = await verdict;
                  if (report) throw new Error(`The content check failed; the site was not built.\n${report}`);
                  return 'export {};';
                },
              },
            ],
          },
        });
        stop = async () => {
          const report = await verdict;
          if (report) throw new Error(`The content check failed; the site was not built.\n${report}`);
        };
      },
      'astro:build:start': () => stop(),
    },
  };
}
