import { DEFAULT_PASSWORD_POLICY, passwordExpired, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  const context = { username: 'learner' };

  it.each([
    ['Ab1!', 'ít nhất 10 ký tự'],
    ['abcdefghijk', 'ba trong bốn loại'],
    ['Learner-2026!', 'tên đăng nhập'],
  ])('should refuse %p with a reason', (password, reason) => {
    expect(passwordProblem(password, context)).toContain(reason);
  });

  it('should accept a long password mixing kinds of characters', () => {
    expect(passwordProblem('Mat-khau-rieng-2026', context)).toBeNull();
  });

  it('should follow a configured length and number of kinds', () => {
    const strict = { ...DEFAULT_PASSWORD_POLICY, minLength: 14, minClasses: 4 };
    expect(passwordProblem('Mat-khau-2026', context, strict)).toBe('Mật khẩu phải có ít nhất 14 ký tự.');
    expect(passwordProblem('Matkhaurieng2026', context, strict)).toContain('ít nhất bốn trong bốn loại');
    expect(passwordProblem('Mat-khau-rieng-2026', context, strict)).toBeNull();
    expect(passwordProblem('matkhaurieng', context, { ...DEFAULT_PASSWORD_POLICY, minClasses: 1 })).toBeNull();
  });
});

describe('passwordExpired', () => {
  const now = new Date('2026-11-30T00:00:00Z');

  it('should never expire a password when the maximum age is 0', () => {
    expect(passwordExpired(new Date('2000-01-01T00:00:00Z'), DEFAULT_PASSWORD_POLICY, now)).toBe(false);
  });

  it('should expire a password once it is as old as the maximum age', () => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, maxAgeDays: 90 };
    expect(passwordExpired(new Date('2026-09-01T00:00:01Z'), policy, now)).toBe(false);
    expect(passwordExpired(new Date('2026-09-01T00:00:00Z'), policy, now)).toBe(true);
  });
});
