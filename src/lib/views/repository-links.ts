/**
 * An entry page's links into the repository: its file's history and source, editing the file on
 * the repository's web editor, and reporting an error about it as a new issue prefilled with the
 * entry's id, its page address and a short template (what is wrong, the source that shows it).
 * CONTRIBUTING.md ("Reporting an error") says how such a report becomes a fix.
 */

export interface RepositoryLinks {
  historyUrl: string;
  sourceUrl: string;
  editUrl: string;
  reportUrl: string;
}

export interface Repository {
  /** The repository's web address, without trailing slash (`REPOSITORY_URL`). */
  url: string;
  /** The branch the edit and source links open (`REPOSITORY_BRANCH`). */
  branch: string;
}

/** The body of a new report: what a maintainer needs to check the entry against its source. */
export function reportBody(entry: string, file: string, pageUrl: string): string {
  return [
    `Entry: ${entry} (${file})`,
    `Page: ${pageUrl}`,
    '',
    '### What is wrong',
    '',
    '',
    '### The source that shows it',
    '',
    '(Title and address of the source, and the page or paragraph.)',
    '',
  ].join('\n');
}

/**
 * The links of the entry whose content file is `file` (`content/<collection>/<id>.mdx`), whose
 * id is `entry` (`<collection>/<id>`), titled `label`, at the absolute address `pageUrl`.
 */
export function repositoryLinks(
  repo: Repository,
  file: string,
  entry: string,
  label: string,
  pageUrl: string,
): RepositoryLinks {
  const branch = encodeURIComponent(repo.branch);
  const query = new URLSearchParams({ title: `Error in ${entry}: ${label}`, body: reportBody(entry, file, pageUrl) });
  return {
    historyUrl: `${repo.url}/commits/${branch}/${file}`,
    sourceUrl: `${repo.url}/blob/${branch}/${file}`,
    editUrl: `${repo.url}/edit/${branch}/${file}`,
    reportUrl: `${repo.url}/issues/new?${query.toString()}`,
  };
}
