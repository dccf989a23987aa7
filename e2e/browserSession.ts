/**
 * One preview (memory-only sandbox, functions built once, bundles built once) and one
 * headless Debian Chromium, shared by the tests of a file.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CardDefinition } from '../preview/server/cardRegistry';
import { startPreview, type RunningPreview } from '../scripts/start';

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts', 'e2e');
export const SCREENSHOTS_DIR = path.resolve(__dirname, '..', 'docs', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  preview: RunningPreview;
  browser: Browser;
  openRecord(type: 'contacts' | 'companies', id: string): Promise<Page>;
  /** Saves artifacts/e2e/<name>.png; call after the step's assertions. */
  snap(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserSession(
  options: { cards?: CardDefinition[] } = {},
): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const bundleDir = mkdtempSync(path.join(os.tmpdir(), 'preview-e2e-'));
  const preview = await startPreview({
    port: 0,
    sandboxPort: 0,
    dataDir: null,
    indexLagMs: 0,
    watch: false,
    bundleDir,
    ...(options.cards ? { cards: options.cards } : {}),
    log: () => undefined,
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const pages: Page[] = [];
  return {
    preview,
    browser,
    async openRecord(type, id) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      pages.push(page);
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      await page.goto(`${preview.url}/#/${type}/${id}`);
      return page;
    },
    async snap(page, name) {
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await preview.close();
      rmSync(bundleDir, { recursive: true, force: true });
    },
  };
}
