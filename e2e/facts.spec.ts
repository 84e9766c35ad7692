import type {Locator} from '@playwright/test';
import {EXAM_CHANGE_LIST, FACT_LIST, factAnchor} from '../src/data/facts';
import {SERVICE_LIST} from '../src/data/topics';
import {contrastRatio} from '../src/utils/contrast';
import {expect, test, waitForHydration} from './fixtures';

/*
 * Provenance a reader can see: every key fact shows the official page that
 * states it and the day it was checked; figures in prose link their source;
 * exam-versus-today notes are readable in both colour modes.
 */

const FARGATE_FACTS = FACT_LIST.filter((entry) => entry.topic === 'fargate');

test('a key-facts table shows each figure with its source and checked date, and every row can be linked', async ({
  page,
}) => {
  const first = FARGATE_FACTS[0];
  expect(first, 'src/data/facts/fargate.ts lists facts').toBeDefined();
  // Landing on a fact's own link is how a study group shares one figure.
  await page.goto(`fargate#${factAnchor(first?.id ?? '')}`);
  await waitForHydration(page);
  const table = page.locator('[data-key-facts="fargate"]');
  await expect(table.locator('tbody tr')).toHaveCount(FARGATE_FACTS.length);
  await expect(page.locator(`#${factAnchor(first?.id ?? '')}`)).toBeInViewport();
  for (const {id, fact} of FARGATE_FACTS) {
    const row = table.locator(`tr[data-fact-row="${id}"]`);
    await expect(row.locator('th')).toHaveText(fact.label);
    await expect(row.locator('td').first()).toHaveText(fact.value);
    await expect(row.getByRole('link', {name: fact.source.title})).toHaveAttribute('href', fact.source.url);
    await expect(row.locator('time')).toHaveAttribute('datetime', fact.checkedOn);
  }
  // The page's "checked" line follows from its facts.
  const oldest = FARGATE_FACTS.map((entry) => entry.fact.checkedOn).sort()[0] ?? '';
  await expect(page.locator('[data-further-reading] time').first()).toHaveAttribute('datetime', oldest);
});

test('without JavaScript a figure in prose still links the page that states it', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('lambda');
  const figures = page.locator('article [data-fact]');
  expect(await figures.count(), 'the Lambda page quotes facts in its prose').toBeGreaterThan(0);
  const id = (await figures.first().getAttribute('data-fact')) ?? '';
  const {fact} = FACT_LIST.find((entry) => entry.id === id) ?? {};
  expect(fact, `fact ${id} exists`).toBeDefined();
  await expect(figures.first()).toContainText(fact?.value ?? '');
  const source = figures.first().getByRole('link');
  await expect(source).toHaveAttribute('href', fact?.source.url ?? '');
  await expect(source).toHaveAccessibleName(new RegExp(`Source: .+, checked on \\d{1,2} \\w+ \\d{4}`));
  await context.close();
});

async function textContrast(element: Locator): Promise<number[]> {
  const pairs = await element.evaluate((root) => {
    const background = (node: Element | null): string => {
      for (let current = node; current; current = current.parentElement) {
        const colour = getComputedStyle(current).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    return [...root.querySelectorAll('p, dt, dd, span, a')].map((node) => ({
      text: getComputedStyle(node).color,
      back: background(node),
    }));
  });
  return pairs.map(({text, back}) => contrastRatio(text, back));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the cheat sheet fits a laptop and lists every exam-vs-today note, readable in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme});
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto('cheat-sheet');
    await waitForHydration(page);

    const matrix = page.locator('[data-comparison="at-a-glance"]');
    const widths = await matrix.evaluate((element) => ({scroll: element.scrollWidth, client: element.clientWidth}));
    expect(widths.scroll, 'the matrix scrolls sideways on a 1280 px laptop').toBeLessThanOrEqual(widths.client);
    await expect(matrix.locator('tbody tr')).toHaveCount(SERVICE_LIST.length);
    // Every cell links to the section of the service's page that explains it.
    const links = await matrix
      .locator('tbody td a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(SERVICE_LIST.length * 6);
    for (const href of links) expect(href).toMatch(/\/[a-z-]+#[a-z0-9-]+$/);

    const notes = page.locator('[data-exam-change-list] [data-exam-change]');
    await expect(notes).toHaveCount(EXAM_CHANGE_LIST.length);
    expect(EXAM_CHANGE_LIST.length, 'the facts list exam-vs-today notes').toBeGreaterThan(0);
    for (const ratio of await textContrast(notes.first())) expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
}

test('on a phone the cheat-sheet matrix becomes cards that fit the screen', async ({page}) => {
  await page.setViewportSize({width: 375, height: 740});
  await page.goto('cheat-sheet');
  await waitForHydration(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const firstCell = page.locator('[data-comparison="at-a-glance"] tbody td').first();
  // Each value carries its column name, since the header row is hidden.
  const label = await firstCell.evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toContain('What you run');
});
