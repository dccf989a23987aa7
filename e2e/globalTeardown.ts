/** Stops the shared Chromium of e2e/globalSetup.ts. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__E2E_BROWSER__?.close();
}
