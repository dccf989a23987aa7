/**
 * `npm run screenshots`: refreshes the README's pictures of the cards (docs/screenshots/)
 * from the real cards in the preview - sandbox with the demo seed (memory only), preview
 * on free ports, Debian's Chromium - then stops everything and exits. The e2e tests never
 * write these files (their screenshots go to artifacts/e2e/), so a test run leaves the
 * checkout clean; the pictures change only when someone asks for it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { openTicketIn, rowAction } from '../e2e/cardPage';
import { launchChromium } from '../e2e/chromium';
import { catalogs } from '../src/app/cards/tickets/i18n/catalogs';
import { startPreviewOnce, type RunningPreview } from './start';

const SCREENSHOTS_DIR = path.resolve(__dirname, '..', 'docs', 'screenshots');
const FAILURE_DIR = path.resolve(__dirname, '..', 'artifacts', 'screenshots');

interface Shot {
  file: string;
  type: 'contacts' | 'companies';
  /** Demo-seed records: open and closed tickets of both pipelines. */
  id: string;
  locale: string;
  /** A step before the picture; it may name what to picture instead of the card. */
  prepare?(page: Page): Promise<Locator>;
}

const SHOTS: Shot[] = [
  { file: 'contact-card.png', type: 'contacts', id: '1000005', locale: 'en-US' },
  {
    file: 'company-card.png',
    type: 'companies',
    id: '2000003',
    locale: 'en-US',
    prepare: async (page) => {
      await card(page).getByRole('switch', { name: catalogs.en.includeContactTickets }).click();
      await card(page).locator('[data-testid^="ticket-"][data-testid$="-via"]').first().waitFor();
      return card(page);
    },
  },
  { file: 'contact-card-de.png', type: 'contacts', id: '1000005', locale: 'de-DE' },
  {
    // Issue 10: the portal's rule refuses the close; the card asks for the resolution.
    file: 'close-asks-resolution.png',
    type: 'contacts',
    id: '1000005',
    locale: 'en-US',
    prepare: async (page) => {
      const id = await openTicketIn(page, 'Billing');
      const modal = await rowAction(page, id, 'close');
      await modal.getByTestId(`close-${id}-confirm`).click();
      await modal.getByTestId(`close-${id}-required-resolution`).waitFor();
      return modal;
    },
  },
  {
    // Issue 10: the ticket in full, opened from the row's menu, with its editor below.
    file: 'details-panel.png',
    type: 'contacts',
    id: '1000005',
    locale: 'en-US',
    prepare: async (page) => {
      const id = await openTicketIn(page, 'Support Pipeline');
      const panel = await rowAction(page, id, 'details');
      await panel.getByTestId(`details-${id}-fact-id`).waitFor();
      await panel.getByTestId(`details-${id}-submit`).waitFor();
      return panel;
    },
  },
];

const card = (page: Page) => page.getByTestId('card-sidebar');

async function take(browser: Browser, preview: RunningPreview, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1400 },
    locale: shot.locale,
    timezoneId: 'America/New_York',
  });
  try {
    await context.addInitScript(
      (settings) => window.localStorage.setItem('preview-settings', JSON.stringify(settings)),
      { locale: shot.locale },
    );
    const page = await context.newPage();
    await page.goto(`${preview.url}/#/${shot.type}/${shot.id}`);
    let subject: Locator = card(page);
    try {
      await card(page).locator('[data-testid^="ticket-"][class~="hs-tile"]').first().waitFor({
        timeout: 30_000,
      });
      subject = (await shot.prepare?.(page)) ?? card(page);
    } catch (error) {
      // What the page showed instead, where failures of tests go too.
      mkdirSync(FAILURE_DIR, { recursive: true });
      const failure = path.join(FAILURE_DIR, `failed-${shot.file}`);
      await page.screenshot({ path: failure });
      throw new Error(`${shot.file}: the card showed no tickets (see ${failure})`, {
        cause: error,
      });
    }
    // No hover styles or focus rings in the picture.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await subject.screenshot({ path: path.join(SCREENSHOTS_DIR, shot.file) });
    console.log(`docs/screenshots/${shot.file}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const preview = await startPreviewOnce('screenshots');
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    for (const shot of SHOTS) await take(browser, preview, shot);
  } finally {
    await browser?.close();
    await preview.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
