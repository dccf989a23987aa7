/**
 * One preview (memory-only sandbox, functions built once, bundles built once) per test
 * file, driven by the one headless Debian Chromium that e2e/globalSetup.ts starts for the
 * whole run. Every page error and console error (page and card worker) is collected:
 * `expectNoBrowserErrors` fails the test that caused one. Screenshots go to
 * artifacts/e2e/ only (git-ignored); the README's are refreshed by `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import type { CardDefinition } from '../preview/server/cardRegistry';
import { startPreviewOnce, type RunningPreview } from '../scripts/start';
import { BROWSER_ENDPOINT_ENV, CHROMIUM_PATH, launchChromium } from './chromium';

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts', 'e2e');

export type RecordType = 'contacts' | 'companies';

export interface OpenOptions {
  /** The preview user's locale (Settings -> context.user.locale); en-US by default. */
  locale?: string;
}

export interface BrowserSession {
  preview: RunningPreview;
  browser: Browser;
  openRecord(type: RecordType, id: string, options?: OpenOptions): Promise<Page>;
  /** Saves artifacts/e2e/<name>.png; call after the step's assertions. */
  snap(page: Page, name: string): Promise<void>;
  /** The sandbox's control API (`/__sandbox/<route>`), as JSON. */
  control(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    route: string,
    body?: unknown,
  ): Promise<unknown>;
  /** Back to the demo seed with no faults: each journey starts from the same data. */
  resetSandbox(): Promise<void>;
  /** Saves artifacts/e2e/end-<test name>.png of the page opened last: what a failure looked like. */
  snapLastPage(testName: string): Promise<void>;
  /** The page and console errors seen since the last call (and forgets them). */
  takeBrowserErrors(): string[];
  close(): Promise<void>;
}

function describeConsole(message: ConsoleMessage): string {
  const location = message.location();
  const at = location.url ? ` (${location.url}:${location.lineNumber})` : '';
  const where = message.worker() ? 'card worker' : 'page';
  return `[console.error in the ${where}] ${message.text()}${at}`;
}

export async function startBrowserSession(
  options: { cards?: CardDefinition[] } = {},
): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const preview = await startPreviewOnce('e2e', options.cards ? { cards: options.cards } : {});
  // The run's shared browser when jest's globalSetup started one; else (a single file
  // run by hand with another config) a browser of this file's own.
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  const ownBrowser = endpoint ? null : await launchChromium();
  const browser = ownBrowser ?? (await chromium.connect(endpoint ?? '', { timeout: 30_000 }));
  const contexts: BrowserContext[] = [];
  let lastPage: Page | null = null;
  let errors: string[] = [];

  const control: BrowserSession['control'] = async (method, route, body) => {
    if (!preview.sandboxUrl) throw new Error('No sandbox (live mode)');
    const response = await fetch(`${preview.sandboxUrl}/__sandbox/${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body ?? {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /__sandbox/${route}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };

  return {
    preview,
    browser,
    control,
    async resetSandbox() {
      await control('POST', 'config/reset');
      await control('POST', 'reset', { seed: 'demo' });
    },
    async openRecord(type, id, open = {}) {
      const locale = open.locale ?? 'en-US';
      const context = await browser.newContext({
        viewport: { width: 1280, height: 860 },
        locale,
        timezoneId: 'America/New_York',
      });
      contexts.push(context);
      // The preview's Settings live in localStorage; set them before the page reads them.
      await context.addInitScript(
        (settings) => {
          window.localStorage.setItem('preview-settings', JSON.stringify(settings));
        },
        { locale },
      );
      const page = await context.newPage();
      lastPage = page;
      // Chromium reports the card worker's console and uncaught errors through its page.
      page.on('pageerror', (error) => errors.push(`[page error] ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(describeConsole(message));
      });
      await page.goto(`${preview.url}/#/${type}/${id}`);
      return page;
    },
    async snap(page, name) {
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
    },
    async snapLastPage(testName) {
      if (!lastPage || lastPage.isClosed()) return;
      const name = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 120);
      await lastPage
        .screenshot({ path: path.join(ARTIFACTS_DIR, `end-${name}.png`) })
        .catch(() => undefined);
    },
    takeBrowserErrors() {
      // React repeats a render error per retry: one line each is enough to read.
      const seen = [...new Set(errors.map((error) => error.slice(0, 600)))];
      errors = [];
      return seen;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      if (ownBrowser) await ownBrowser.close();
      else await browser.close();
      await preview.close();
    },
  };
}

/**
 * For afterEach: keeps a picture of how the test ended, and fails the test when the
 * preview or the card logged an error.
 */
export async function expectNoBrowserErrors(session: BrowserSession | undefined): Promise<void> {
  if (!session) return;
  await session.snapLastPage(expect.getState().currentTestName ?? 'test');
  expect(session.takeBrowserErrors()).toEqual([]);
}

export { CHROMIUM_PATH };
