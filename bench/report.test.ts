import { targetsExitCode } from './report';

describe('the bench exit code (CI runs npm run bench -- --quick)', () => {
  const pass = { target: 'a', pass: true, detail: '' };
  const fail = { target: 'b', pass: false, detail: 'measured 3, wanted <= 2' };

  it('is 0 only when every target passed', () => {
    expect(targetsExitCode([pass, pass])).toBe(0);
  });

  it('is 1 when any target failed', () => {
    expect(targetsExitCode([pass, fail, pass])).toBe(1);
  });

  it('is 1 when no target was judged', () => {
    expect(targetsExitCode([])).toBe(1);
  });
});
