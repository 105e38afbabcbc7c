/**
 * Runs the content check before Astro reads any content, and stops the build on any problem.
 * This is the build's only content check (`npm run check` runs the same code without a build).
 * Astro 7 only logs a dangling `reference()` and goes on building; js-yaml silently rolls an
 * impossible date such as 2016-13-45 over into a real one. Neither may reach a published site.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/check/index.ts';
import { checkProject, writeEditorSchemas } from '../site/content-files.ts';

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'cybercbm:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` serves a finished build; checking again would only repeat the build's check.
        if (command === 'preview') return;
        const started = performance.now();
        const { problems, files } = checkProject(fileURLToPath(config.root));
        const ms = Math.round(performance.now() - started);
        if (command === 'dev') writeEditorSchemas(fileURLToPath(config.root));
        if (!problems.length) {
          logger.info(`${files} content files pass the content check in ${ms} ms`);
          return;
        }
        const report = `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`;
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(`The content check failed; the site was not built.\n${report}`);
      },
    },
  };
}
