import type {Locator, Page} from '@playwright/test';
import {QUESTION_LIST} from '../src/data/questions';
import {TOPIC_LIST} from '../src/data/topics';
import {ANKI_COLUMNS, ANKI_DECK} from '../src/practice/anki';
import {PROGRESS_KEY} from '../src/practice/progressStore';
import {ANKI_FILE} from '../src/practice/routes';
import {axeViolations} from './axe';
import {expect, test, waitForHydration} from './fixtures';
import {sitePath} from './site';

/** Looks a question up by the stem the page shows, as a reader would. */
function bankEntryShown(stem: string) {
  const entry = QUESTION_LIST.find(({question}) => stem.endsWith(question.question));
  if (!entry) throw new Error(`No bank question has the stem: ${stem}`);
  return entry;
}

/** Answers the question on screen, right or wrong on purpose, with the keyboard; returns its global id. */
async function answer(page: Page, form: Locator, right: boolean): Promise<string> {
  const stem = (await form.locator('legend').innerText()).trim();
  const entry = bankEntryShown(stem);
  const wanted = entry.question.choices.find((choice) => choice.correct === right);
  if (!wanted) throw new Error(`${entry.id} has no ${right ? 'right' : 'wrong'} choice`);
  await form.getByRole('radio', {name: wanted.text}).check();
  await form.getByRole('button', {name: 'Check answer'}).press('Enter');
  await expect(form.getByRole('status')).toContainText(right ? 'Correct.' : 'Not quite.');
  return entry.id;
}

async function startSession(page: Page, topic: string, length: number): Promise<void> {
  await page.goto(`practice?topics=${topic}`);
  await waitForHydration(page);
  await expect(page.locator('[data-practice="setup"]')).toBeVisible();
  await page.getByRole('radio', {name: `${length} questions`}).check();
  await page.getByRole('button', {name: 'Start', exact: true}).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test('a session is answered, saved across a reload, and a missed question comes back in review', async ({page}) => {
  await startSession(page, 'lambda', 10);
  const answered: string[] = [];
  for (let index = 0; index < 10; index += 1) {
    const form = page.locator('form[data-question]');
    await expect(form.locator('legend')).toContainText(`Question ${index + 1} of 10`);
    answered.push(await answer(page, form, index !== 0));
    if (index === 1) expect(await axeViolations(page), 'a question with its explanation').toEqual([]);
    await page.getByRole('button', {name: index === 9 ? 'See your results' : 'Next question'}).click();
  }
  const results = page.locator('[data-practice-results]');
  await expect(results.getByRole('heading', {level: 2})).toHaveText('9 of 10 right (90%)');
  await expect(results.getByRole('heading', {level: 2})).toBeFocused();
  await expect(results.locator('table')).toContainText('Lambda');
  await expect(results.locator('[data-review-question]')).toHaveCount(10);
  expect(await axeViolations(page), 'the results').toEqual([]);

  // Saved in this browser only, under the question ids.
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{}') as {
    questions: Record<string, {box: number}>;
  };
  expect(Object.keys(saved.questions).sort()).toEqual([...answered].sort());
  expect(saved.questions[answered[0] ?? '']?.box).toBe(1);

  await page.reload();
  await waitForHydration(page);
  await page.getByRole('button', {name: 'Choose my own instead'}).click();
  const lambdaRow = page.locator('[data-mastery-row="lambda"]');
  const lambdaQuestions = QUESTION_LIST.filter((entry) => entry.question.topic === 'lambda').length;
  await expect(lambdaRow.locator('td').nth(0)).toHaveText(`10 of ${lambdaQuestions}`);
  await expect(lambdaRow.locator('td').nth(2)).toHaveText('90%');

  await page.getByRole('button', {name: 'Review 1 due question'}).click();
  const form = page.locator('form[data-question]');
  await expect(form.locator('legend')).toContainText('Question 1 of 1');
  expect(bankEntryShown((await form.locator('legend').innerText()).trim()).id).toBe(answered[0]);
});

test('a shared link gives a fresh browser the same questions in the same order', async ({page, browser}) => {
  await startSession(page, 'ecs', 10);
  const link = page.url();
  const readSequence = async (target: Page): Promise<string[]> => {
    const seen: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const form = target.locator('form[data-question]');
      await expect(form.locator('legend')).toContainText(`Question ${index + 1} of 10`);
      seen.push(
        `${await form.locator('legend').innerText()}\n${(await form.locator('label').allInnerTexts()).join('\n')}`,
      );
      await form.getByRole('radio').first().check();
      await form.getByRole('button', {name: 'Check answer'}).click();
      await target.getByRole('button', {name: index === 9 ? 'See your results' : 'Next question'}).click();
    }
    return seen;
  };
  const mine = await readSequence(page);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', {name: 'A shared session'})).toBeVisible();
    await other.getByRole('button', {name: 'Start the session'}).click();
    expect(await readSequence(other)).toEqual(mine);
    // Nobody else's progress came with the link.
    expect(await other.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY)).toMatchObject({
      questions: expect.any(Object),
    });
  } finally {
    await fresh.close();
  }
});

test.describe('bad input from readers', () => {
  test('a tampered link and damaged saved progress get a message, and nothing is lost', async ({page}) => {
    const damaged = '{"format":"aws-other-compute-progress","version":1,"questions":{"lambda.max-dur';
    await page.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key ?? '', text ?? '');
          sessionStorage.setItem('seeded', 'yes');
        }
      },
      [PROGRESS_KEY, damaged],
    );
    const known = QUESTION_LIST[0]?.id ?? '';
    await page.goto(
      `practice?q=${encodeURIComponent(`<img src=x onerror=alert(1)> lambda.gone-question ${known}`)}&s=%22%3E&t=9999`,
    );
    await waitForHydration(page);
    const problems = page.locator('[data-link-problems]');
    await expect(problems).toContainText('lambda.gone-question');
    await expect(problems).toContainText('not a question id');
    await expect(problems).toContainText('not timed');
    await expect(page.getByRole('heading', {name: 'A shared session'})).toBeVisible();
    await expect(page.getByText('Saved progress could not be read')).toBeVisible();

    // The unreadable text is kept aside for the reader to download, while new answers are saved.
    await page.getByRole('button', {name: 'Start the session'}).click();
    const form = page.locator('form[data-question]');
    await expect(form.locator('legend')).toContainText('Question 1 of 1');
    await answer(page, form, true);
    expect(await page.evaluate(() => localStorage.getItem('aws-other-compute:practice:unreadable'))).toBe(damaged);
    expect(
      await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').questions, PROGRESS_KEY),
    ).toHaveProperty([known]);

    // A damaged file imports nothing and says so; the saved answer is still there.
    await page.getByRole('button', {name: 'See your results'}).click();
    await page.getByRole('button', {name: 'New session'}).click();
    await page.locator('[data-progress-import]').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"aws-other-compute-progress","version":1,"questions":[1,2'),
    });
    await expect(page.locator('[data-progress-message]')).toContainText('Nothing imported');
    await expect(page.locator('[data-progress-message]')).toContainText('Your progress is unchanged');

    // An export imports back, merged.
    const download = page.waitForEvent('download');
    await page.getByRole('button', {name: 'Export progress'}).click();
    const exported = await (await download).path();
    await page.getByRole('button', {name: 'Reset progress…'}).click();
    await page.getByRole('button', {name: 'Yes, reset'}).click();
    await expect(page.getByText('No answers saved in this browser yet.')).toBeVisible();
    await page.locator('[data-progress-import]').setInputFiles(exported);
    await expect(page.locator('[data-progress-message]')).toContainText('Imported');
    await expect(page.getByText('1 questions answered in this browser.')).toBeVisible();
  });
});

test('a timed session ends when its time is up, counting unanswered questions as missed', async ({page}) => {
  await page.clock.install();
  const ids = QUESTION_LIST.slice(0, 3).map((entry) => entry.id);
  await page.goto(`practice?q=${ids.join('+')}&s=timer1&t=1`);
  await waitForHydration(page);
  await expect(page.getByText('with a limit of 1 minute.')).toBeVisible();
  await page.getByRole('button', {name: 'Start the session'}).click();
  await expect(page.getByRole('timer', {name: 'Time left'})).toHaveText('1:00');
  const form = page.locator('form[data-question]');
  await answer(page, form, true);
  await page.clock.runFor(61_000);
  const results = page.locator('[data-practice-results]');
  await expect(results.getByRole('heading', {level: 2})).toHaveText('1 of 3 right (33%)');
  await expect(results.getByText('Not answered.')).toHaveCount(2);
});

test('the self-check on a topic page is answered with the keyboard and feeds the same progress', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  const item = page.locator('[data-self-check="lambda"] > li').first();
  const stem = (await item.locator('legend').innerText()).trim();
  const entry = bankEntryShown(stem);
  const right = entry.question.choices.findIndex((choice) => choice.correct);

  await page.locator('h2#self-check a.hash-link').focus();
  await page.keyboard.press('Tab');
  const radios = item.getByRole('radio');
  await expect(radios.first()).toBeFocused();
  // Arrow keys move the selection without answering: nothing is announced yet.
  await page.keyboard.press('Space');
  for (let step = 0; step < right; step += 1) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(right)).toBeChecked();
  await expect(item.getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', {name: 'Check answer'})).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = item.getByRole('status');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Correct.');
  for (const choice of entry.question.choices) await expect(feedback).toContainText(choice.why);
  await expect(feedback.getByRole('link', {name: 'Read the section that teaches it'})).toHaveAttribute(
    'href',
    sitePath(entry.question.learnMore),
  );
  expect(
    await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').questions, PROGRESS_KEY),
  ).toHaveProperty([entry.id]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('each self-check question shows its answer and every reason through <details>', async ({page}) => {
    await page.goto('lambda');
    const items = page.locator('[data-self-check="lambda"] > li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    for (const index of [0, 1, 2]) {
      const item = items.nth(index);
      const entry = bankEntryShown((await item.locator('legend').innerText()).trim());
      const details = item.locator('details');
      await details.locator('summary').click();
      for (const choice of entry.question.choices) await expect(details).toContainText(choice.why);
    }
  });
});

test('the Anki deck is a text file in the format Anki documents', async ({request}) => {
  const response = await request.get(sitePath(ANKI_FILE));
  expect(response.ok()).toBe(true);
  const lines = (await response.text()).split('\n').filter(Boolean);
  const header = lines.filter((line) => line.startsWith('#'));
  expect(header).toEqual([
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${ANKI_DECK}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#tags column:3',
    '#guid column:4',
  ]);
  const notes = lines.slice(header.length);
  const cheatLines = TOPIC_LIST.reduce((sum, topic) => sum + topic.cheatSheet.length, 0);
  expect(notes).toHaveLength(QUESTION_LIST.length + cheatLines);
  for (const note of notes) {
    const fields = note.split('\t');
    expect(fields, note.slice(0, 80)).toHaveLength(4);
    expect(fields[2], 'tags').toMatch(/^aws-other-compute( [^\s]+)+$/);
    expect(fields[3], 'guid').toMatch(/^aws-other-compute\/(question|cheat-sheet)\//);
  }
  expect(new Set(notes.map((note) => note.split('\t')[3])).size).toBe(notes.length);

  // Linked from the practice page and the cheat sheet.
  for (const route of ['practice', 'cheat-sheet']) {
    const html = await (await request.get(sitePath(route))).text();
    expect(html.includes(`href=${sitePath(ANKI_FILE)}`) || html.includes(`href="${sitePath(ANKI_FILE)}"`), route).toBe(
      true,
    );
  }
});
