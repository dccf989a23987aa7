import { execFile } from 'node:child_process';
import path from 'node:path';
import { DEMO_FACTS } from '../../sandbox/src/seeds/demoFacts';
import { startSandbox } from '../../sandbox/src/server';

/**
 * `npm run fn` end to end: a real child process running the CLI against an in-process
 * sandbox, judged by what a developer sees (stdout, stderr, exit code).
 */

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(__dirname, 'cli.ts');

let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 'demo', quiet: true });
});

afterAll(async () => {
  await sandbox.close();
});

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [CLI, ...args],
      { cwd: ROOT, env: { ...process.env, HUBSPOT_API_BASE_URL: sandbox.url } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run fn', () => {
  it('prints an ok result as JSON and exits 0, filling recordType from --record', async () => {
    const { code, stdout } = await runCli([
      'ticket_form_options',
      '--record',
      `contacts:${DEMO_FACTS.contactWithTickets}`,
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, data: { pipelines: expect.any(Array) } });
    expect(code).toBe(0);
  });

  it('prints an error result and exits 1', async () => {
    const { code, stdout } = await runCli([
      'tickets_list',
      '--record',
      `contacts:${DEMO_FACTS.contactWithTickets}`,
      '--params',
      '{"filter":"bogus"}',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(code).toBe(1);
  });

  it('names an unknown uid and the known ones, and exits 1', async () => {
    const { code, stderr } = await runCli(['no_such_function', '--record', 'contacts:1']);
    expect(stderr).toMatch(/FUNCTION_NOT_FOUND/);
    expect(stderr).toMatch(/tickets_list/);
    expect(code).toBe(1);
  });

  it('refuses a malformed --record or --params with the usage, and exits 1', async () => {
    const badRecord = await runCli(['tickets_list', '--record', 'deals:1']);
    const badParams = await runCli(['tickets_list', '--record', 'contacts:1', '--params', '{']);
    expect(badRecord.stderr).toMatch(/--record must look like/);
    expect(badParams.stderr).toMatch(/--params is not valid JSON/);
    expect([badRecord.code, badParams.code]).toEqual([1, 1]);
  });
});
