import { MatchRefusal } from './sso-identities';

/** What a person whose identity matches nobody is told, with whom to contact. */
export function refusalMessage(reason: MatchRefusal, contact: string): string {
  const why =
    reason === 'several-people'
      ? 'Tài khoản công vụ của bạn khớp với nhiều hơn một cán bộ trên cổng đào tạo, nên cổng không thể biết bạn là ai.'
      : reason === 'missing-claim'
        ? 'Tài khoản công vụ của bạn chưa có mã cán bộ (hoặc thư điện tử) để cổng đào tạo nhận ra bạn.'
        : 'Tài khoản công vụ của bạn chưa được gắn với cán bộ nào trên cổng đào tạo (bạn chưa có trong danh sách cán bộ do bộ phận tổ chức cán bộ nhập).';
  return `${why} Vui lòng liên hệ ${contact} để được bổ sung.`;
}
