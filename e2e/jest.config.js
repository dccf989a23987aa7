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
  // The contact and company journeys side by side (one preview each): they mostly wait
  // for the card, so two workers halve the run on two cores.
  maxWorkers: 2,
  // One Chromium for the whole run; each file connects to it.
  globalSetup: '<rootDir>/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/e2e/globalTeardown.ts',
  testTimeout: 60000,
  // Each journey's name and time in the log: the run's budget is watched per test.
  verbose: true,
};
