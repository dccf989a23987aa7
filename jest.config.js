/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // @hubspot/ui-extensions (and tinyspy, which it uses) ship ESM only.
  transformIgnorePatterns: ['/node_modules/(?!(@hubspot/ui-extensions|tinyspy)/)'],
  testMatch: ['<rootDir>/{src,sandbox,runtime,testkits,preview,scripts,bench}/**/*.test.{ts,tsx}'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/scripts/jestGlobalSetup.ts',
  // For `npm run test:coverage` (scripts/coverage.ts), which adds the functions' own
  // coverage from their worker threads: every source counts, loaded by a test or not.
  collectCoverageFrom: [
    'src/app/**/*.{ts,tsx}',
    'sandbox/src/**/*.ts',
    'runtime/src/**/*.{ts,cjs}',
    '!**/*.test.{ts,tsx}',
    '!**/testing/**',
    // Types only: no line of them runs.
    '!src/app/cards/contract.ts',
    '!src/app/functions/src/hubspot/generated/**',
    '!**/dist/**',
    '!**/node_modules/**',
  ],
};
