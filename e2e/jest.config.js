/**
 * End-to-end tests: a real Chromium drives the preview of the real cards, served
 * in-process on random ports. Kept out of the root `npm test` (they need a browser).
 */
const root = require('../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  transform: root.transform,
  transformIgnorePatterns: root.transformIgnorePatterns,
  moduleFileExtensions: root.moduleFileExtensions,
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  // One Chromium for the whole run; each file connects to it.
  globalSetup: '<rootDir>/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/e2e/globalTeardown.ts',
  testTimeout: 60000,
};
