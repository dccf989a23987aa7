import { rangeFloor, versionAtLeast } from './lintSetup';

describe("the lint package versions HubSpot's CLI accepts", () => {
  it('reads the lowest version a range allows', () => {
    expect(rangeFloor('^8.74.0')).toBe('8.74.0');
    expect(rangeFloor('~2.6')).toBe('2.6.0');
    expect(rangeFloor('>=9')).toBe('9.0.0');
    expect(rangeFloor('1.2.0')).toBe('1.2.0');
    expect(rangeFloor('latest')).toBeNull();
    expect(rangeFloor('^8 || ^9')).toBeNull();
  });

  it("refuses the template's typescript-eslint ^8: its floor 8.0.0 is below the CLI's 8.46.4", () => {
    expect(versionAtLeast(rangeFloor('^8') as string, '8.46.4')).toBe(false);
    expect(versionAtLeast(rangeFloor('^8.74.0') as string, '8.46.4')).toBe(true);
  });

  it('compares versions part by part, numerically', () => {
    expect(versionAtLeast('2.10.0', '2.9.9')).toBe(true);
    expect(versionAtLeast('2.6.1', '2.6.1')).toBe(true);
    expect(versionAtLeast('2.6.0', '2.6.1')).toBe(false);
    expect(versionAtLeast('10.0.0', '9.0.0')).toBe(true);
  });
});
