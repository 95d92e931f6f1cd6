import { formatSourceDate } from '../courses/citations';

/** The in-app notice that tells a clicker why a course was assigned to them. */
export function remedialNotice(subject: string, courseTitle: string, dueDate: string): { title: string; body: string } {
  return {
    title: 'Bạn vừa mở một thư diễn tập lừa đảo',
    body:
      `Thư “${subject}” là một bài diễn tập an toàn thông tin của cơ quan, không phải thư thật. ` +
      `Vì bạn đã mở đường liên kết trong thư, khóa học “${courseTitle}” được giao cho bạn, hạn hoàn thành ${formatSourceDate(dueDate)}. ` +
      'Những gì nhập vào trang đó không được lưu lại.',
  };
}
