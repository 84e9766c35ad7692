import {getQuiz} from '../src/data/lookup';
import {expect, test, waitForHydration} from './fixtures';

const TOPIC = 'lambda';
const QUIZ = getQuiz(TOPIC);

test('a self-check question can be answered with the keyboard alone', async ({page}) => {
  const question = QUIZ[0];
  if (!question) throw new Error(`${TOPIC} has no self-check`);
  const correctIndex = question.choices.findIndex((choice) => choice.correct);
  const correct = question.choices[correctIndex];
  // The walk below picks a wrong first choice, then arrows down to the right one.
  expect(correctIndex).toBeGreaterThan(0);

  await page.goto(TOPIC);
  await waitForHydration(page);
  const item = page.locator(`[data-self-check="${TOPIC}"] > li`).first();
  const radios = item.getByRole('radio');

  // Start at the Self-check heading's own link, then Tab into the first question.
  await page.locator('h2#self-check a.hash-link').focus();
  await page.keyboard.press('Tab');
  await expect(radios.first()).toBeFocused();
  await expect(radios.first()).not.toBeChecked();

  const feedback = item.getByRole('status');
  await page.keyboard.press('Space');
  await expect(radios.first()).toBeChecked();
  await expect(feedback).toContainText(`Not quite. The answer is: ${correct?.text}`);

  for (let step = 0; step < correctIndex; step += 1) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(correctIndex)).toBeChecked();
  await expect(radios.nth(correctIndex)).toBeFocused();
  await expect(feedback).toContainText('Correct.');
  await expect(feedback).toContainText(question.explanation);

  // The next Tab reaches the feedback's link, and Enter follows it to the section.
  const readMore = feedback.getByRole('link', {name: 'Read the section'});
  await expect(readMore).toHaveAttribute('href', question.learnMore);
  await page.keyboard.press('Tab');
  await expect(readMore).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${question.learnMore}$`));
  await expect(page.locator(question.learnMore)).toBeInViewport();
});

test.describe('the self-check without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('every answer is reachable through <details>', async ({page}) => {
    await page.goto(TOPIC);
    const items = page.locator(`[data-self-check="${TOPIC}"] > li`);
    await expect(items).toHaveCount(QUIZ.length);
    for (const [index, question] of QUIZ.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole('group', {name: question.question})).toBeVisible();
      const details = item.locator('details');
      const answer = question.choices.find((choice) => choice.correct);
      await expect(details.getByText(question.explanation)).toBeHidden();
      await details.locator('summary').click();
      await expect(details).toHaveAttribute('open', '');
      await expect(details).toContainText(answer?.text ?? '');
      await expect(details).toContainText(question.explanation);
      await expect(details.getByRole('link', {name: 'Read the section'})).toHaveAttribute('href', question.learnMore);
    }
  });
});
