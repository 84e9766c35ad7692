/**
 * The GitHub repository the site is built from. It comes from configuration,
 * not from the code, so that a fork's "Edit this page" and "Report a mistake"
 * links point at the fork: GitHub Actions sets GITHUB_REPOSITORY ("owner/name")
 * in every step of every job, and a local build falls back to the default.
 *
 * The config turns it into `organizationName`, `projectName`, the docs
 * `editUrl` and `customFields.repository`; components read it back from
 * `customFields` with `repositoryFromCustomFields`.
 */

/** A repository written as "owner/name". */
export type RepositorySlug = `${string}/${string}`;

export type Repository = {
  readonly owner: string;
  readonly name: string;
  readonly slug: RepositorySlug;
};

export const DEFAULT_REPOSITORY: RepositorySlug = 'aws-other-compute/aws-other-compute';

/** The branch that "Edit this page" opens; the deploy workflow publishes from it. */
export const EDIT_BRANCH = 'main';

// GitHub's rules: an owner is letters, digits and single hyphens; a repository
// name adds dots and underscores. Anything else would make a broken link.
const SLUG_PATTERN = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;

/** Reads "owner/name"; throws, naming where the value came from, when it is not one. */
export function parseRepository(value: string, from: string): Repository {
  const match = SLUG_PATTERN.exec(value.trim());
  const owner = match?.[1];
  const name = match?.[2];
  if (!owner || !name || name === '.' || name === '..') {
    throw new Error(`${from} is "${value}", which is not a GitHub repository written as owner/name.`);
  }
  return {owner, name, slug: `${owner}/${name}`};
}

/** The repository named by GITHUB_REPOSITORY, or the default when it is unset or empty. */
export function repositoryFromEnv(env: Readonly<Record<string, string | undefined>>): Repository {
  const value = env.GITHUB_REPOSITORY?.trim();
  return parseRepository(value ? value : DEFAULT_REPOSITORY, 'GITHUB_REPOSITORY');
}

/** The repository the config stored in `customFields.repository`. */
export function repositoryFromCustomFields(customFields: Readonly<Record<string, unknown>> | undefined): Repository {
  const value = customFields?.repository;
  if (typeof value !== 'string') {
    throw new Error('siteConfig.customFields.repository is missing; docusaurus.config.ts should set it.');
  }
  return parseRepository(value, 'siteConfig.customFields.repository');
}

/** Base of the docs `editUrl`: the theme appends the file's path, e.g. "docs/containers/fargate.mdx". */
export function editUrlBase(repository: Repository): string {
  return `https://github.com/${repository.slug}/edit/${EDIT_BRANCH}/`;
}

/** The page that opens a new issue. */
export function newIssueUrl(repository: Repository): string {
  return `https://github.com/${repository.slug}/issues/new`;
}
