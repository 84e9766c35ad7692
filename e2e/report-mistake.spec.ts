import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator} from '@playwright/test';
import fargateQuestions from '../src/data/questions/fargate';
import {SELF_CHECK_LENGTH} from '../src/components/SelfCheck/length';
import {expect, test, waitForHydration} from './fixtures';

/*
 * "Report a mistake" links and the theme's "Edit this page" point at the
 * repository the site was built from: GITHUB_REPOSITORY in CI, the default
 * otherwise. Written out here rather than taken from src/site/repository.ts,
 * so the test does not compute what it checks with the code it checks.
 */
const REPOSITORY = process.env.GITHUB_REPOSITORY || 'aws-other-compute/aws-other-compute';
const NEW_TAB = '(opens in a new tab)';
const BUILD_DIR = path.join(__dirname, '..', 'build');

type IssueForm = {readonly address: string; readonly title: string; readonly body: string; readonly labels: string};

/** Where a report link goes, and the form fields as GitHub will read them. */
async function issueForm(link: Locator): Promise<IssueForm> {
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.length, 'a report address stays under 2,000 characters').toBeLessThanOrEqual(2000);
  const url = new URL(href);
  return {
    address: `${url.origin}${url.pathname}`,
    title: url.searchParams.get('title') ?? '',
    body: url.searchParams.get('body') ?? '',
    labels: url.searchParams.get('labels') ?? '',
  };
}

test('a topic page reports the page and each question, and edits its file', async ({page}) => {
  const first = fargateQuestions[0];
  if (!first) throw new Error('fargate has no self-check');

  await page.goto('fargate');
  await waitForHydration(page);

  // Once per page, at the end of the text.
  const pageLink = page.getByRole('link', {name: `Report a mistake on this page ${NEW_TAB}`, exact: true});
  await expect(pageLink).toHaveCount(1);
  await expect(pageLink).toBeVisible();
  const pageForm = await issueForm(pageLink);
  expect(pageForm.address).toBe(`https://github.com/${REPOSITORY}/issues/new`);
  expect(pageForm.labels).toBe('content');
  expect(pageForm.title).toBe('Mistake on /fargate');
  expect(pageForm.body).toContain('Page: /fargate\n');
  expect(pageForm.body).toMatch(/Link: https?:\/\/\S+\/fargate\n/);

  // One per self-check question, named by its number and carrying its id.
  await expect(page.locator('[data-self-check="fargate"] [data-report-mistake]')).toHaveCount(SELF_CHECK_LENGTH);
  const questionLink = page
    .locator('[data-self-check="fargate"] > li')
    .first()
    .getByRole('link', {name: `Report a mistake in question 1 ${NEW_TAB}`, exact: true});
  const questionForm = await issueForm(questionLink);
  expect(questionForm.address).toBe(`https://github.com/${REPOSITORY}/issues/new`);
  expect(questionForm.title).toBe(`Mistake on /fargate#self-check, question ${first.id}`);
  expect(questionForm.body).toContain(`Question: ${first.id}\n`);
  expect(questionForm.body).toContain('Topic: fargate\n');
  expect(questionForm.body).toContain('Section: #self-check\n');

  // The theme's own link, to the page's source file on main.
  await expect(page.locator('a.theme-edit-this-page')).toHaveAttribute(
    'href',
    `https://github.com/${REPOSITORY}/edit/main/docs/containers/fargate.mdx`,
  );
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('each cheat-sheet section has its own report link, written at build time', async ({page}) => {
    await page.goto('cheat-sheet');
    // The first report link after the heading is the section's own.
    const lambdaLink = page.locator('h2#lambda ~ [data-report-mistake]').first().getByRole('link');
    await expect(lambdaLink).toHaveAccessibleName(`Report a mistake in the AWS Lambda section ${NEW_TAB}`);
    const form = await issueForm(lambdaLink);
    expect(form.address).toBe(`https://github.com/${REPOSITORY}/issues/new`);
    expect(form.title).toBe('Mistake on /cheat-sheet#lambda');
    expect(form.body).toContain('Section: #lambda\n');
    expect(form.body).toMatch(/Link: https?:\/\/\S+\/cheat-sheet#lambda\n/);
  });
});

test('the report links are left out of the search index', () => {
  const indexes = readdirSync(BUILD_DIR).filter((file) => /^search-index.*\.json$/.test(file));
  expect(indexes.length).toBeGreaterThan(0);
  for (const file of indexes) {
    expect(readFileSync(path.join(BUILD_DIR, file), 'utf8'), file).not.toContain('Report a mistake');
  }
});
