import { passwordProblem } from './password-policy';

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
});
