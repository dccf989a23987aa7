import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { noImportOutsideSrc } from './srcBoundaryRule.mjs';

const root = path.resolve(__dirname, '../..');
const file = path.join(root, 'src/app/functions/src/entries/ticketsList.ts');
const options = [{ srcDir: path.join(root, 'src') }];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

describe('house/no-import-outside-src', () => {
  tester.run('no-import-outside-src', noImportOutsideSrc, {
    valid: [
      { filename: file, options, code: "import { z } from 'zod';" },
      {
        filename: file,
        options,
        code: "import type { FunctionResult } from '../../../cards/contract';",
      },
      { filename: file, options, code: "export { runFunction } from '../run/runFunction';" },
    ],
    invalid: [
      {
        filename: file,
        options,
        code: "import { startSandbox } from '../../../../../sandbox/src/server';",
        errors: [{ messageId: 'outside' }],
      },
      {
        filename: file,
        options,
        code: "import type { Kit } from '../../../../../testkits/functionTestKit';",
        errors: [{ messageId: 'outside' }],
      },
      {
        filename: file,
        options,
        code: "export * from '../../../../../runtime/src/requestLog';",
        errors: [{ messageId: 'outside' }],
      },
      {
        filename: file,
        options,
        code: "const kit = require('../../../../../testkits/crmFacts'); void import('../../../../../bench/run');",
        errors: [{ messageId: 'outside' }, { messageId: 'outside' }],
      },
    ],
  });
});
