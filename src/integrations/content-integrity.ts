/**
 * Runs the content check and stops the build on any problem, before Astro stores any entry.
 * This is the build's only content check (`npm run check` runs the same code without a build).
 * Astro 7 only logs a dangling `reference()` and goes on building; js-yaml silently rolls an
 * impossible date such as 2016-13-45 over into a real one. Neither may reach a published site.
 *
 * The check runs in the content worker thread (src/site/content-worker.ts), started as the
 * configuration is set up, so it takes its time on the second core while Vite starts on the
 * first. `src/content.config.ts` imports `virtual:cybercbm/content-check`, whose module is ready
 * only once the check has passed: a failed check throws its report there, before content sync.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/check/index.ts';
import { writeEditorSchemas } from '../site/content-files.ts';
import { contentJob, contentWork, type CheckOutcome } from '../site/content-worker.ts';

const MODULE = 'virtual:cybercbm/content-check';
const RESOLVED = `\0${MODULE}`;

/** The report of a failed check, or undefined when it passed. */
export function checkReport({ problems }: CheckOutcome): string | undefined {
  if (!problems.length) return undefined;
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`;
}

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'cybercbm:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // `astro preview` serves a finished build; checking again would only repeat the build's check.
        if (command === 'preview') return;
        const { check } = contentWork(contentJob(config));
        if (command === 'dev') writeEditorSchemas(contentJob(config).root);
        // Logged once, whoever asks first.
        const verdict = check.then((outcome) => {
          const report = checkReport(outcome);
          if (!report) logger.info(`${outcome.files} content files pass the content check in ${outcome.ms} ms`);
          else if (command === 'dev') logger.error(report);
          return report;
        });
        verdict.catch(() => undefined);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cybercbm:content-check',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: async (id) => {
                  if (id !== RESOLVED) return undefined;
                  // `astro dev` shows the problems and serves the site anyway.
                  if (command === 'dev') return 'export {};';
                  const report = await verdict;
                  if (report) throw new Error(`The content check failed; the site was not built.\n${report}`);
                  return 'export {};';
                },
              },
            ],
          },
        });
      },
    },
  };
}
