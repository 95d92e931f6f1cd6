import { newCertificateSerial, normaliseSerial, SERIAL_ALPHABET } from './certificate-serial';

describe('certificate serial', () => {
  it('should draw three groups of four from the unambiguous alphabet', () => {
    for (let i = 0; i < 1000; i++) {
      const serial = newCertificateSerial();
      expect(serial).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
      for (const symbol of serial.replace(/-/g, '')) expect(SERIAL_ALPHABET).toContain(symbol);
    }
    expect(SERIAL_ALPHABET).toHaveLength(31);
    expect(SERIAL_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('should not repeat over 10,000 draws and should use the whole alphabet', () => {
    const serials = Array.from({ length: 10_000 }, newCertificateSerial);
    expect(new Set(serials).size).toBe(serials.length);
    expect(new Set(serials.join('').replace(/-/g, '')).size).toBe(SERIAL_ALPHABET.length);
  });

  it.each([
    ['K7QX-3MRT-9HWC', 'K7QX-3MRT-9HWC'],
    ['k7qx-3mrt-9hwc', 'K7QX-3MRT-9HWC'],
    ['K7QX3MRT9HWC', 'K7QX-3MRT-9HWC'],
    ['  K7QX 3MRT 9HWC ', 'K7QX-3MRT-9HWC'],
    ['K7Q-X3MR--T9HWC', 'K7QX-3MRT-9HWC'],
    ['K7QX–3MRT—9HWC', 'K7QX-3MRT-9HWC'],
    ['Ｋ７ＱＸ－３ＭＲＴ－９ＨＷＣ', 'K7QX-3MRT-9HWC'],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normaliseSerial(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['K7QX-3MRT-9HW', 'too short'],
    ['K7QX-3MRT-9HWCC', 'too long'],
    ['K7QX-3MRT-9HW0', 'a zero'],
    ['K7QX-3MRT-9HWO', 'an O'],
    ['K7QX-3MRT-9HW1', 'a one'],
    ['K7QX-3MRT-9HWI', 'an I'],
    ['K7QX-3MRT-9HWL', 'an L'],
    ['K7QX/3MRT/9HWC', 'other separators'],
    ['K7QX-3MRT-9HW%', 'punctuation'],
    ['K'.repeat(100), 'anything very long'],
  ])('should reject %j (%s)', (input) => {
    expect(normaliseSerial(input)).toBeNull();
  });
});
