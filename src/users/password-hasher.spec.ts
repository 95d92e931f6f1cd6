import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  const cheap = { N: 1024, r: 8, p: 1 };

  it('should accept the password it hashed and refuse any other', async () => {
    const stored = await hashPassword('Demo@2026', cheap);
    expect(await verifyPassword('Demo@2026', stored)).toBe(true);
    expect(await verifyPassword('demo@2026', stored)).toBe(false);
  });

  it('should keep the cost parameters and a random salt in the stored hash', async () => {
    const [first, second] = await Promise.all([hashPassword('same', cheap), hashPassword('same', cheap)]);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
  });

  it('should use a slow default cost', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('should treat composed and decomposed Vietnamese passwords alike', async () => {
    const stored = await hashPassword('Mật khẩu', cheap);
    expect(await verifyPassword('Mật khẩu'.normalize('NFD'), stored)).toBe(true);
  });

  it('should refuse an account without a password or with a malformed hash', async () => {
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});
