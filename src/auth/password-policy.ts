/** Returns the Vietnamese reason a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { username: string; fullName?: string }): string | null {
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự.';
  if (password.length > 128) return 'Mật khẩu không được dài quá 128 ký tự.';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (kinds < 3) return 'Mật khẩu cần có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.';
  if (password.toLowerCase().includes(context.username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.';
  return null;
}
