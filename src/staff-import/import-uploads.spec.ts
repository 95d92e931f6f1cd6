import { splitUtf8 } from './import-uploads';
import { oneTimePassword } from './one-time-password';

describe('splitUtf8', () => {
  it('should keep every piece within the byte limit without cutting a character', () => {
    const text = 'Nguyễn Thị Hằng; 𝔸 Đặng\n'.repeat(5000);
    const pieces = splitUtf8(text, 60_000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(60_000);
      expect(piece).not.toContain('\uFFFD');
    }
    expect(pieces.join('')).toBe(text);
  });

  it('should give no piece for an empty text', () => {
    expect(splitUtf8('')).toEqual([]);
  });
});

describe('oneTimePassword', () => {
  it('should be 12 readable characters, different every time', () => {
    const passwords = Array.from({ length: 200 }, oneTimePassword);
    for (const password of passwords) expect(password).toMatch(/^[2-9a-hjkmnp-z]{12}$/);
    expect(new Set(passwords).size).toBe(200);
  });
});
