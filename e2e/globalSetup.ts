/** Starts the one Chromium every e2e file connects to (saves a browser start per file). */
import { existsSync } from 'node:fs';
import type { BrowserServer } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV, CHROMIUM_PATH, launchChromiumServer } from './chromium';

declare global {
  var __E2E_BROWSER__: BrowserServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `${CHROMIUM_PATH} is missing: apt-get install chromium (the e2e tests drive Debian's Chromium).`,
    );
  const server = await launchChromiumServer();
  globalThis.__E2E_BROWSER__ = server;
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
}
