import { shortSubject } from './shortSubject';

describe('shortSubject', () => {
  it('keeps a subject that fits', () => {
    expect(shortSubject('Printer jam')).toBe('Printer jam');
  });

  it('cuts a pasted URL to one sidebar line, ending in an ellipsis', () => {
    const url = `https://example.com/${'a'.repeat(200)}`;
    const quoted = shortSubject(url);
    expect(Array.from(quoted)).toHaveLength(40);
    expect(quoted).toBe(`${url.slice(0, 39)}…`);
  });

  it('never splits a character made of two code units', () => {
    expect(shortSubject('😀'.repeat(50), 5)).toBe('😀😀😀😀…');
  });
});
