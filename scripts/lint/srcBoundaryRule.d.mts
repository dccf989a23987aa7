import type { Rule } from 'eslint';

/** Types of srcBoundaryRule.mjs (plain ESM so eslint.config.mjs loads it without a build). */
export declare const noImportOutsideSrc: Rule.RuleModule;
