import {describe, expect, it} from 'vitest';
import {editUrlBase, newIssueUrl, parseRepository, repositoryFromCustomFields, repositoryFromEnv} from '../repository';

describe('repositoryFromEnv', () => {
  it('reads owner and name from GITHUB_REPOSITORY', () => {
    expect(repositoryFromEnv({GITHUB_REPOSITORY: 'someone/their-fork.site'})).toEqual({
      owner: 'someone',
      name: 'their-fork.site',
      slug: 'someone/their-fork.site',
    });
  });

  it('falls back to the default when the variable is unset or blank', () => {
    const fallback = {
      owner: 'aws-other-compute',
      name: 'aws-other-compute',
      slug: 'aws-other-compute/aws-other-compute',
    };
    expect(repositoryFromEnv({})).toEqual(fallback);
    expect(repositoryFromEnv({GITHUB_REPOSITORY: '  '})).toEqual(fallback);
  });

  it('refuses a value that would make a broken link, and names the variable', () => {
    for (const value of ['no-slash', 'a/b/c', '-owner/name', 'owner/', 'own er/name', 'owner/..', 'x/<script>']) {
      expect(() => repositoryFromEnv({GITHUB_REPOSITORY: value}), value).toThrow(/GITHUB_REPOSITORY/);
    }
  });
});

describe('repositoryFromCustomFields', () => {
  it('reads back what the config stored', () => {
    expect(repositoryFromCustomFields({repository: 'a/b'}).slug).toBe('a/b');
  });

  it('says what is missing', () => {
    expect(() => repositoryFromCustomFields({})).toThrow('customFields.repository');
    expect(() => repositoryFromCustomFields(undefined)).toThrow('customFields.repository');
    expect(() => repositoryFromCustomFields({repository: 'nope'})).toThrow('customFields.repository');
  });
});

describe('GitHub addresses', () => {
  const repository = parseRepository('someone/fork', 'test');

  it('edits files on main', () => {
    expect(editUrlBase(repository)).toBe('https://github.com/someone/fork/edit/main/');
  });

  it('opens new issues on the repository', () => {
    expect(newIssueUrl(repository)).toBe('https://github.com/someone/fork/issues/new');
  });
});
