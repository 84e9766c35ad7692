import type {Page} from '@playwright/test';
import {TOPICS} from '../src/data/topics';
import {type Answers, QUESTIONS} from '../src/picker/questions';
import {recommend} from '../src/picker/recommend';
import {SCENARIOS} from '../src/picker/__tests__/scenarios';
import {expect, test, waitForHydration} from './fixtures';

/** Unit-test scenarios, one per service, now answered through the real form. */
const FORM_SCENARIO_NAMES = [
  'a 40-minute video transcode script',
  'a WordPress blog at a fixed monthly price',
  'containers with no servers to manage',
  'containers that need GPUs, a daemon or host access',
  'a REST API of short functions',
];

const FORM_SCENARIOS = FORM_SCENARIO_NAMES.map((name) => {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`No scenario named "${name}" in src/picker/__tests__/scenarios.ts`);
  return scenario;
});

function radio(page: Page, questionId: string, value: string) {
  const question = QUESTIONS.find(({id}) => id === questionId);
  const option = question?.options.find((candidate) => candidate.value === value);
  if (!question || !option) throw new Error(`no option ${questionId}=${value}`);
  return page.getByRole('group', {name: question.legend}).getByRole('radio', {name: option.label, exact: true});
}

async function answerByClicking(page: Page, answers: Answers): Promise<void> {
  for (const [id, value] of Object.entries(answers)) {
    const option = radio(page, id, value);
    await option.click();
    await expect(option).toBeChecked();
  }
}

async function expectAnswers(page: Page, answers: Answers): Promise<void> {
  for (const question of QUESTIONS) {
    for (const option of question.options) {
      const checked = answers[question.id] === option.value;
      await expect(radio(page, question.id, option.value), `${question.id}=${option.value}`).toBeChecked({checked});
    }
  }
}

function result(page: Page) {
  return page.locator('[data-picker-result]');
}

async function openPicker(page: Page, query = ''): Promise<void> {
  await page.goto(`picker${query}`);
  await waitForHydration(page);
}

test.describe('the service picker', () => {
  for (const scenario of FORM_SCENARIOS) {
    test(`recommends ${scenario.best} for ${scenario.name}`, async ({page}) => {
      await openPicker(page);
      await answerByClicking(page, scenario.answers);
      const expected = recommend(scenario.answers);
      if (expected.status !== 'ready') throw new Error('scenario must be decidable');
      await expect(result(page)).toHaveAttribute('data-recommendation', scenario.best);
      await expect(result(page)).toContainText(expected.best.label);
      await expect(result(page)).toContainText(expected.best.reasons[0] ?? '');
      await expect(result(page)).toContainText('Runner-up');
      // Each page of the pick is linked, at its own route.
      for (const id of expected.best.pages) {
        const link = result(page).getByRole('link', {name: TOPICS[id].name}).first();
        await expect(link).toHaveAttribute('href', new RegExp(`${TOPICS[id].path}$`));
      }
    });
  }

  test('links API Gateway and Lambda for an API of short functions, and the link works', async ({page}) => {
    await openPicker(page, '?code=function&workload=api&duration=seconds');
    await expect(result(page)).toContainText(`${TOPICS['api-gateway'].name} + ${TOPICS.lambda.name}`);
    await result(page).getByRole('link', {name: TOPICS.lambda.name}).first().click();
    await expect(page).toHaveURL(/\/lambda$/);
    await expect(page.locator('h1')).toHaveText(TOPICS.lambda.name);
  });

  test('can be answered with the keyboard alone', async ({page}) => {
    await openPicker(page);
    // Start on the first radio of the first question; from there only keys.
    await radio(page, 'code', 'function').focus();
    await page.keyboard.press('Space');
    await expect(radio(page, 'code', 'function')).toBeChecked();

    // Tab moves to the next question; arrow keys choose within it.
    await page.keyboard.press('Tab');
    await expect(radio(page, 'workload', 'batch')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(radio(page, 'workload', 'api')).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(radio(page, 'workload', 'event')).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(radio(page, 'duration', 'seconds')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(radio(page, 'traffic', 'spiky')).toBeChecked();

    await expect(result(page)).toHaveAttribute('data-recommendation', 'lambda');
    await expect(result(page)).toContainText(TOPICS.lambda.name);
    expect(new URL(page.url()).search).toBe('?code=function&workload=event&duration=seconds&traffic=spiky');
  });

  test('shows the result in a polite live region and asks for more until it can decide', async ({page}) => {
    await openPicker(page);
    await expect(result(page)).toHaveAttribute('aria-live', 'polite');
    await expect(result(page)).toContainText('What will you hand to AWS?');
    await expect(result(page)).not.toHaveAttribute('data-recommendation');
    await answerByClicking(page, {traffic: 'steady'});
    await expect(result(page)).not.toHaveAttribute('data-recommendation');
    await answerByClicking(page, {workload: 'event'});
    await expect(result(page)).toHaveAttribute('data-recommendation', 'lambda');
    await expect(result(page)).toContainText('Based on 2 of 6 answers');
  });

  test('a copied link restores the answers and the recommendation in a new page', async ({page, context}) => {
    const answers: Answers = {code: 'function', workload: 'batch', duration: 'long'};
    await openPicker(page);
    await answerByClicking(page, answers);
    await expect(result(page)).toHaveAttribute('data-recommendation', 'batch');
    const shared = page.url();
    expect(shared).toContain('code=function');
    expect(shared).toContain('duration=long');

    const other = await context.newPage();
    await other.goto(shared);
    await waitForHydration(other);
    await expectAnswers(other, answers);
    await expect(result(other)).toHaveAttribute('data-recommendation', 'batch');
    await other.close();
  });

  test('back and forward restore the answers', async ({page}) => {
    const answers: Answers = {code: 'container', servers: 'aws'};
    await page.goto('overview');
    await openPicker(page);
    await answerByClicking(page, answers);
    await expect(result(page)).toHaveAttribute('data-recommendation', 'fargate');

    // Follow the result's link, then come back: the answers are still there.
    await result(page).getByRole('link', {name: TOPICS.fargate.name}).first().click();
    await expect(page).toHaveURL(/\/fargate$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/picker\?code=container&servers=aws$/);
    await expectAnswers(page, answers);
    await expect(result(page)).toHaveAttribute('data-recommendation', 'fargate');

    await page.goForward();
    await expect(page).toHaveURL(/\/fargate$/);
    await page.goBack();
    await expectAnswers(page, answers);

    // Answers replace the picker's history entry rather than adding one each,
    // so one step back leaves the picker, and forward returns to the answers.
    await answerByClicking(page, {servers: 'me'});
    await expect(result(page)).toHaveAttribute('data-recommendation', 'ecs');
    await page.goBack();
    await expect(page).toHaveURL(/\/overview$/);
    await page.goForward();
    await waitForHydration(page);
    await expectAnswers(page, {code: 'container', servers: 'me'});
    await expect(result(page)).toHaveAttribute('data-recommendation', 'ecs');
  });

  test('keeps every answer when several come faster than the page re-renders', async ({page}) => {
    await openPicker(page);
    // Two clicks in one task, before React has rendered the first.
    await page.evaluate(() => {
      for (const selector of [
        'input[name="picker-code"][value="server"]',
        'input[name="picker-price"][value="fixed"]',
      ]) {
        document.querySelector<HTMLInputElement>(selector)?.click();
      }
    });
    await expectAnswers(page, {code: 'server', price: 'fixed'});
    expect(new URL(page.url()).search).toBe('?code=server&price=fixed');
  });

  test('ignores unknown or malformed values in a link', async ({page}) => {
    await openPicker(page, '?code=server&duration=forever&servers=%3Cb%3Eme%3C%2Fb%3E&extra=1');
    await expectAnswers(page, {code: 'server'});
    await expect(result(page)).toHaveAttribute('data-recommendation', 'lightsail');
    await expect(page.locator('[data-picker] b')).toHaveCount(0);
  });

  test('answering keeps the scroll position, and "Start over" clears the answers', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 600});
    await openPicker(page);
    await answerByClicking(page, {price: 'fixed'});
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await answerByClicking(page, {code: 'server'});
    await expect(result(page)).toHaveAttribute('data-recommendation', 'lightsail');

    await page.getByRole('button', {name: 'Start over'}).click();
    await expectAnswers(page, {});
    expect(new URL(page.url()).search).toBe('');
    await expect(radio(page, 'code', 'function')).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the chosen option stands out in ${colorScheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await openPicker(page, '?code=container');
      const card = (value: string) => radio(page, 'code', value).locator('xpath=..');
      const border = (value: string) => card(value).evaluate((element) => getComputedStyle(element).boxShadow);
      expect(await border('container')).not.toBe('none');
      expect(await border('function')).toBe('none');
    });
  }
});

test.describe('the service picker without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('shows every question and links the cheat sheet', async ({page}) => {
    await page.goto('picker');
    const picker = page.locator('[data-picker]');
    for (const question of QUESTIONS) {
      const group = picker.getByRole('group', {name: question.legend});
      await expect(group).toBeVisible();
      await expect(group.getByRole('radio')).toHaveCount(question.options.length);
      for (const option of question.options) await expect(group).toContainText(option.label);
    }
    await expect(picker.getByRole('link', {name: 'the cheat sheet'})).toHaveAttribute('href', /\/cheat-sheet$/);
    await expect(page.locator('[data-picker-result]')).toContainText('JavaScript');
  });
});
