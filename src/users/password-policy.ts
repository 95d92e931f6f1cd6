import { DAY_MS } from '../common/vietnam-dates';
import { PasswordPolicy } from '../config/app-config';

const MAX_LENGTH = 128;
const CLASS_NAMES = 'chữ thường, chữ hoa, chữ số, ký tự đặc biệt';
const COUNT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn'];

/** The policy of a configuration with every default: 10 characters, three kinds, no expiry, last 5 refused. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 10, minClasses: 3, maxAgeDays: 0, history: 5 };

/** Returns the Vietnamese reason a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { username: string; fullName?: string }, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string | null {
  if (password.length < policy.minLength) return `Mật khẩu phải có ít nhất ${policy.minLength} ký tự.`;
  if (password.length > MAX_LENGTH) return `Mật khẩu không được dài quá ${MAX_LENGTH} ký tự.`;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (kinds < policy.minClasses) {
    return `Mật khẩu cần có ít nhất ${COUNT_WORDS[policy.minClasses]} trong bốn loại: ${CLASS_NAMES}.`;
  }
  if (password.toLowerCase().includes(context.username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.';
  return null;
}

/** Whether a password set at `changedAt` must be changed now (PASSWORD_MAX_AGE_DAYS; 0 = never). */
export function passwordExpired(changedAt: Date | null, policy: PasswordPolicy, now = new Date()): boolean {
  if (policy.maxAgeDays <= 0 || !changedAt) return false;
  return now.getTime() - changedAt.getTime() >= policy.maxAgeDays * DAY_MS;
}
