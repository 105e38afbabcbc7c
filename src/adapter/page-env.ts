/** What page models need from the build beyond the corpus: site URL, repository, git dates, dataset version. */
import type { EntryPageEnv } from '../lib/views/entry-page.ts';
import { buildInfo } from './build-info.ts';
import { lastChanged } from './history.ts';
import { siteBase } from './site-url.ts';

export function pageEnv(site: URL | undefined): EntryPageEnv {
  return {
    site: siteBase(site),
    repository: buildInfo.repository,
    branch: buildInfo.branch,
    lastChanged,
    accessed: buildInfo.date,
    version: buildInfo.version,
  };
}
