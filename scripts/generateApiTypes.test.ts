import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The committed API types are HubSpot's specs as they are: a spec updated without
 * `npm run generate:api-types`, or a hand edit of a generated file, fails here. The check
 * runs as the script itself (openapi-typescript ships ESM-only dependencies jest's CommonJS
 * runtime cannot load).
 */

const ROOT = path.resolve(__dirname, '..');
const GENERATED_DIR = path.join(ROOT, 'src', 'app', 'functions', 'src', 'hubspot', 'generated');

function check(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'scripts', 'generateApiTypes.ts'), '--check', '--dir', dir],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('the generated 2026-09 API types', () => {
  it('match the specs in openapi/2026-09, file for file', async () => {
    const result = await check(GENERATED_DIR);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('match the specs') });
  });

  it('are reported stale after an edit, and missing or extra files are named', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'api-types-'));
    try {
      for (const file of fs.readdirSync(GENERATED_DIR)) {
        fs.copyFileSync(path.join(GENERATED_DIR, file), path.join(copy, file));
      }
      fs.appendFileSync(path.join(copy, 'tickets.ts'), '\nexport type HandEdit = 1;\n');
      fs.rmSync(path.join(copy, 'owners.ts'));
      fs.writeFileSync(path.join(copy, 'v3.ts'), 'export {};\n');
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.output).toContain('tickets.ts (stale)');
      expect(result.output).toContain('owners.ts (missing)');
      expect(result.output).toContain('v3.ts (extra)');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
