/**
 * The preview host itself, driven through the small fixture card
 * (preview/fixtures/src/app/cards/FixtureCard.tsx): worker globals, context, function
 * rejections, toasts, overlays, menus and the keyboard, forms, tables, unknown
 * components, record switches and HubSpot outages.
 */
import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { FIXTURE_SRC_DIR, findCards } from '../preview/server/cardRegistry';
import { expectNoBrowserErrors, startBrowserSession, type BrowserSession } from './browserSession';

let session: BrowserSession;
let page: Page;
const warnings: string[] = [];

beforeAll(async () => {
  session = await startBrowserSession({ cards: findCards(FIXTURE_SRC_DIR) });
  page = await session.openRecord('contacts', '1000005');
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.getByTestId('fixture-context').waitFor();
}, 120_000);

afterEach(() => expectNoBrowserErrors(session));

afterAll(async () => {
  await session?.close();
});

/** The element that has the keyboard focus, by its text or label. */
const focused = (target: Page) =>
  target.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
  });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not visible`);
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

it('gives the card the context of the chosen record, user and portal', async () => {
  expect(await text(page.getByTestId('fixture-context'))).toBe(
    'Record 0-1/1000005 for Sofia in America/New_York',
  );
  expect(
    await text(page.getByTestId('record-summary').getByRole('heading', { level: 1 })),
  ).not.toBe('');
});

it("rejects the card's promise when the function does not exist", async () => {
  await page.getByRole('button', { name: 'Call function' }).click();
  await page.getByTestId('fixture-answer').filter({ hasText: 'rejected' }).waitFor();
  expect(await text(page.getByTestId('fixture-answer'))).toMatch(/^rejected: FUNCTION_NOT_FOUND/);
});

it('shows addAlert as a dismissible toast that leaves the card uncovered', async () => {
  await page.getByRole('button', { name: 'Toast' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: 'Hello from the card' });
  await toast.waitFor();
  expect(overlaps(await boxOf(toast), await boxOf(page.getByTestId('card-sidebar')))).toBe(false);
  await session.snap(page, 'host-01-toast');
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await toast.waitFor({ state: 'detached' });
});

it('opens the overlay of a button, submits its form and closes it from the card', async () => {
  await page.getByRole('button', { name: 'Open panel' }).click();
  const panel = page.getByRole('dialog', { name: 'Fixture panel' });
  await panel.waitFor();
  await panel.getByLabel('Name').fill('Grace');
  await session.snap(page, 'host-02-panel');
  await panel.getByRole('button', { name: 'Save name' }).click();
  await page.getByTestId('fixture-name').filter({ hasText: 'Name: Grace' }).waitFor();
  await panel.getByRole('button', { name: 'Done' }).click();
  await panel.waitFor({ state: 'detached' });
});

it('closes a panel with Escape and gives the focus back to the button that opened it', async () => {
  const opener = page.getByRole('button', { name: 'Open panel' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Fixture panel' });
  await panel.waitFor();
  // The keyboard lands in the panel's first field, not behind it.
  expect(
    await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
  ).toBe(true);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Open panel');
});

it('moves through a menu with the arrow keys, opens a modal with Enter and closes it with Escape', async () => {
  const toggle = page.getByTestId('fixture-menu').getByRole('button', { name: /Fixture menu/ });
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: 'First item' }).waitFor();
  expect(await focused(page)).toBe('First item');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('Open modal');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('First item');
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toBe('Open modal');

  // Escape closes the menu alone and returns to its button.
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'hidden' });
  expect(await focused(page)).toMatch(/^Fixture menu/);

  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Open modal' }).waitFor();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const modal = page.getByRole('dialog', { name: 'Fixture modal' });
  await modal.waitFor();
  await session.snap(page, 'host-05-modal-from-menu');
  await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'detached' });
  await page.waitForFunction(() =>
    /^Fixture menu/.test(document.activeElement?.textContent?.trim() ?? ''),
  );

  // Space activates an item as Enter does.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await page.getByTestId('fixture-answer').filter({ hasText: 'first item' }).waitFor();
});

it('switches tabs by click and with the arrow keys, showing one tab at a time', async () => {
  const tabs = page.getByTestId('fixture-tabs');
  const content = tabs.getByTestId('fixture-tab-content');
  expect(await text(content)).toBe('Content of the first tab');
  await tabs.getByRole('tab', { name: 'Second tab' }).click();
  await content.filter({ hasText: 'second' }).waitFor();
  expect(await content.count()).toBe(1);
  await page.keyboard.press('ArrowRight');
  await content.filter({ hasText: 'first' }).waitFor();
  expect(await focused(page)).toBe('First tab');
});

it('pages a paginated table through onPageChange', async () => {
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('cell', { name: 'Page 2' }).waitFor();
  expect(
    await page.getByRole('button', { name: '2', exact: true }).getAttribute('aria-current'),
  ).toBe('page');
});

it('draws a component it does not know as a visible placeholder and warns about it', async () => {
  const placeholder = page.locator('[data-unknown-component="Mystery"]');
  await placeholder.waitFor();
  expect(await text(placeholder)).toBe('<Mystery> is not implemented in the preview');
  // The warning was logged before this test's listener could miss it: reload to see it.
  await page.reload();
  await placeholder.waitFor();
  expect(warnings.some((warning) => warning.includes('<Mystery>'))).toBe(true);
  await session.snap(page, 'host-03-placeholder');
});

it('fills the user name and portal time zone of the context from the settings panel', async () => {
  await page.getByRole('button', { name: 'Preview settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Preview settings' });
  await settings.getByLabel('User first name').fill('Ada');
  await settings.getByLabel('Portal time zone').selectOption('Europe/Berlin');
  await settings.getByRole('button', { name: 'Apply' }).click();
  await page
    .getByTestId('fixture-context')
    .filter({ hasText: 'for Ada in Europe/Berlin' })
    .waitFor();
});

it('keeps the card drawn while the next record loads, never a blank body', async () => {
  await page.getByTestId('fixture-context').waitFor();
  // Counts every moment the sidebar shows no card content between the two renders.
  await page.evaluate(() => {
    const body = document.querySelector('[data-testid="card-sidebar"] .sidebar-card__body');
    const state = window as unknown as { blankMoments: number };
    state.blankMoments = 0;
    new MutationObserver(() => {
      const visible = [...(body?.querySelectorAll('[data-testid="fixture-context"]') ?? [])].some(
        (node) => (node as HTMLElement).offsetParent !== null,
      );
      if (!visible) state.blankMoments += 1;
    }).observe(body ?? document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.evaluate(() => (window.location.hash = '#/contacts/1000002'));
  await page.getByTestId('fixture-context').filter({ hasText: 'Record 0-1/1000002 ' }).waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { blankMoments: number }).blankMoments),
  ).toBe(0);
});

it('loads the page while HubSpot is down and fills in the record once it is back', async () => {
  await session.control('PATCH', 'config', { faults: { rates: { '503': 1 } } });
  try {
    await page.reload();
    // The shell and the card load without HubSpot; the record's details wait and retry.
    await page.getByTestId('record-retrying').waitFor();
    await page.getByTestId('fixture-context').waitFor();
    expect(await page.getByTestId('record-picker').isEnabled()).toBe(true);
    await session.snap(page, 'host-06-hubspot-down-on-load');
  } finally {
    await session.control('PATCH', 'config', { faults: { rates: { '503': 0 } } });
  }
  await page
    .getByTestId('record-summary')
    .getByRole('heading', { level: 1 })
    .waitFor({ timeout: 8000 });
  expect(await page.getByTestId('record-retrying').count()).toBe(0);
});

it('switches to a company found with the record picker', async () => {
  await page.getByTestId('record-picker').click();
  const picker = page.getByRole('dialog', { name: 'Choose a record' });
  await picker.getByRole('tab', { name: 'Companies' }).click();
  await picker.getByLabel('Search companies').fill('Initech');
  await picker.getByRole('button', { name: /Initech/ }).click();
  await page.getByTestId('record-summary').getByRole('heading', { name: 'Initech' }).waitFor();
  await page
    .getByTestId('fixture-context')
    .filter({ hasText: /Record 0-2\/\d+ / })
    .waitFor();
  expect(page.url()).toMatch(/#\/companies\/\d+$/);
  await session.snap(page, 'host-04-company-picked');
});

it('shows a card that throws while rendering as failed, with its message, and the gate sees it', async () => {
  await page.getByRole('button', { name: 'Crash the card' }).click();
  const failed = page.getByTestId('card-sidebar').getByRole('alert');
  await failed.filter({ hasText: 'The card failed to load' }).waitFor();
  expect(await text(failed)).toContain('Fixture card exploded');
  // This test's own errors are expected; the next test's afterEach would see none.
  const errors = session.takeBrowserErrors();
  expect(errors.some((error) => error.includes('Fixture card exploded'))).toBe(true);
});
