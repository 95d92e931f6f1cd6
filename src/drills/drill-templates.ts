/** A field of a landing page's form: shown to look real, never read (the handler ignores the body). */
export interface LandingField {
  name: string;
  label: string;
  type: 'text' | 'password' | 'tel' | 'email';
  autocomplete: string;
}

/** What the link opens: a page that looks like what the message promised. */
export interface LandingPage {
  brand: string;
  heading: string;
  intro: string;
  fields: LandingField[];
  button: string;
}

/** A built-in message: realistic situations taken from the courses, with the signs a careful reader spots. */
export interface DrillTemplate {
  key: string;
  label: string;
  senderName: string;
  senderAddress: string;
  subject: string;
  /** Plain text; {{name}} becomes the person's full name, {{link}} their own link. */
  body: string;
  landing: LandingPage;
  /** "Signs you missed", shown on the teaching page. */
  signs: string[];
}

const PASSWORD: LandingField = { name: 'password', label: 'Mật khẩu', type: 'password', autocomplete: 'off' };

export const DRILL_TEMPLATES: readonly DrillTemplate[] = [
  {
    key: 'tax-notice',
    label: 'Thông báo của cơ quan thuế',
    senderName: 'Thuế điện tử - Thông báo',
    senderAddress: 'thongbao@thuedientu-gov.vn-tracuu.com',
    subject: '[KHẨN] Thông báo chậm quyết toán thuế thu nhập cá nhân năm 2025',
    body:
      'Kính gửi Ông/Bà {{name}},\n\n' +
      'Cơ quan thuế ghi nhận Ông/Bà chưa hoàn thành quyết toán thuế thu nhập cá nhân năm 2025. ' +
      'Nếu không xác nhận thông tin trong vòng 24 giờ, hồ sơ sẽ được chuyển sang xử phạt vi phạm hành chính.\n\n' +
      'Vui lòng đăng nhập để xác nhận thông tin tại:\n{{link}}\n\n' +
      'Trân trọng,\nBộ phận hỗ trợ người nộp thuế',
    landing: {
      brand: 'Thuế điện tử',
      heading: 'Đăng nhập hệ thống thuế điện tử',
      intro: 'Nhập mã số thuế và mật khẩu để xác nhận thông tin quyết toán.',
      fields: [{ name: 'taxCode', label: 'Mã số thuế', type: 'text', autocomplete: 'off' }, PASSWORD],
      button: 'Đăng nhập',
    },
    signs: [
      'Địa chỉ người gửi không thuộc tên miền của cơ quan nhà nước (.gov.vn): “thuedientu-gov.vn-tracuu.com” chỉ bắt chước, tên miền thật là phần cuối “tracuu.com”.',
      'Thư đe dọa xử phạt và đòi làm ngay trong 24 giờ: tạo áp lực để người đọc không kịp suy nghĩ.',
      'Cơ quan thuế không yêu cầu đăng nhập qua đường liên kết gửi trong thư; hãy tự gõ địa chỉ trang thuế điện tử chính thức.',
      'Lời chào chung chung, không nêu mã số thuế hay số hồ sơ cụ thể của bạn.',
    ],
  },
  {
    key: 'zalo-warning',
    label: 'Cảnh báo bảo mật “Zalo”',
    senderName: 'Zalo Security',
    senderAddress: 'security@zalo-vn-support.com',
    subject: 'Cảnh báo: tài khoản Zalo của bạn sẽ bị khóa sau 12 giờ',
    body:
      'Xin chào {{name}},\n\n' +
      'Hệ thống phát hiện tài khoản Zalo của bạn vừa đăng nhập từ một thiết bị lạ. ' +
      'Để tránh bị khóa vĩnh viễn, vui lòng xác minh tài khoản trong vòng 12 giờ tại:\n{{link}}\n\n' +
      'Đội ngũ hỗ trợ Zalo',
    landing: {
      brand: 'Zalo',
      heading: 'Xác minh tài khoản Zalo',
      intro: 'Nhập số điện thoại và mật khẩu Zalo để giữ tài khoản của bạn.',
      fields: [{ name: 'phone', label: 'Số điện thoại', type: 'tel', autocomplete: 'off' }, PASSWORD],
      button: 'Xác minh',
    },
    signs: [
      'Cảnh báo đến hộp thư công vụ của bạn, trong khi Zalo báo đăng nhập lạ ngay trong ứng dụng.',
      'Tên miền “zalo-vn-support.com” không phải của Zalo: kẻ gian mua tên miền có chữ “zalo” để đánh lừa.',
      'Hạn 12 giờ và lời dọa “khóa vĩnh viễn” là cách thúc ép quen thuộc của thư lừa đảo.',
      'Không bao giờ nhập mật khẩu mạng xã hội vào trang mở từ một đường liên kết lạ; hãy mở ứng dụng để kiểm tra.',
    ],
  },
  {
    key: 'otp-confirm',
    label: 'Yêu cầu xác nhận mã OTP',
    senderName: 'Cổng Dịch vụ công - Xác thực',
    senderAddress: 'xacthuc@dichvucong-gov.vn-xacminh.online',
    subject: 'Xác nhận mã OTP để hoàn tất cập nhật tài khoản định danh',
    body:
      'Kính gửi {{name}},\n\n' +
      'Tài khoản của Ông/Bà đang được cập nhật thông tin định danh. Hệ thống vừa gửi mã OTP đến số điện thoại đã đăng ký. ' +
      'Vui lòng nhập mã OTP tại đường liên kết dưới đây trong 10 phút để hoàn tất, nếu không tài khoản sẽ bị tạm khóa:\n{{link}}\n\n' +
      'Trân trọng.',
    landing: {
      brand: 'Dịch vụ công',
      heading: 'Xác nhận mã OTP',
      intro: 'Nhập mã OTP gồm 6 chữ số vừa được gửi đến điện thoại của bạn.',
      fields: [{ name: 'otp', label: 'Mã OTP', type: 'text', autocomplete: 'one-time-code' }],
      button: 'Xác nhận',
    },
    signs: [
      'Mã OTP chỉ dùng cho giao dịch do chính bạn bắt đầu; không cơ quan hay ngân hàng nào yêu cầu đọc hoặc nhập mã OTP theo một thư gửi đến.',
      'Tên miền “dichvucong-gov.vn-xacminh.online” kết thúc bằng “.online”, không phải “.gov.vn”.',
      'Hạn 10 phút và lời dọa tạm khóa tài khoản nhằm để bạn làm theo trước khi kịp kiểm tra.',
      'Thư không nói rõ bạn đã yêu cầu cập nhật gì, lúc nào: bạn không hề bắt đầu việc đó.',
    ],
  },
  {
    key: 'document-sign',
    label: 'Văn bản cần ký',
    senderName: 'Văn thư - Văn phòng UBND tỉnh',
    senderAddress: 'vanthu.ubnd@congvu-mail.net',
    subject: 'Văn bản cần ký xác nhận trước 17 giờ hôm nay: Kế hoạch triển khai nhiệm vụ quý I',
    body:
      'Kính gửi đồng chí {{name}},\n\n' +
      'Văn phòng gửi đồng chí Kế hoạch triển khai nhiệm vụ quý I cần ký xác nhận trước 17 giờ hôm nay. ' +
      'Đồng chí vui lòng đăng nhập bằng tài khoản thư công vụ để xem và ký văn bản tại:\n{{link}}\n\n' +
      'Văn thư cơ quan',
    landing: {
      brand: 'Hệ thống văn bản điện tử',
      heading: 'Đăng nhập để xem văn bản',
      intro: 'Văn bản được bảo vệ. Đăng nhập bằng tài khoản thư công vụ để xem và ký.',
      fields: [{ name: 'email', label: 'Địa chỉ thư công vụ', type: 'email', autocomplete: 'off' }, PASSWORD],
      button: 'Xem văn bản',
    },
    signs: [
      'Văn bản của cơ quan đến qua hệ thống quản lý văn bản và điều hành, không qua một đường liên kết đòi mật khẩu thư công vụ.',
      'Địa chỉ người gửi dùng tên miền lạ “congvu-mail.net”, không phải tên miền thư công vụ của tỉnh.',
      'Hạn “trước 17 giờ hôm nay” tạo áp lực; khi nghi ngờ, hãy gọi điện hỏi lại văn thư bằng số điện thoại bạn đã biết.',
      'Không ai có quyền yêu cầu bạn nhập mật khẩu thư công vụ vào một trang khác.',
    ],
  },
];

export function findTemplate(key: string): DrillTemplate | undefined {
  return DRILL_TEMPLATES.find((template) => template.key === key);
}
