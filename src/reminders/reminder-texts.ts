import { formatSourceDate } from '../courses/citations';
import { NoticeKind } from './notice.entity';

export interface ReminderText {
  title: string;
  body: string;
}

const day = (iso: string): string => formatSourceDate(iso);

/** Which reminder a person is due on `today` for a course due on `dueDate`, if any. */
export function reminderKind(dueDate: string, today: string): NoticeKind | null {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return NoticeKind.Overdue;
  if (days === 0) return NoticeKind.DueToday;
  return days <= 7 ? NoticeKind.DueSoon : null;
}

export function personalReminder(kind: NoticeKind, course: string, dueDate: string): ReminderText {
  switch (kind) {
    case NoticeKind.DueSoon:
      return { title: `Sắp đến hạn: ${course}`, body: `Anh/chị cần hoàn thành khóa học "${course}" trước hết ngày ${day(dueDate)}.` };
    case NoticeKind.DueToday:
      return { title: `Hôm nay là hạn hoàn thành: ${course}`, body: `Hạn hoàn thành khóa học "${course}" là hôm nay, ${day(dueDate)}.` };
    default:
      return { title: `Quá hạn: ${course}`, body: `Khóa học "${course}" đã quá hạn hoàn thành (hạn ${day(dueDate)}). Anh/chị hãy hoàn thành sớm.` };
  }
}

export function headDigest(overdue: Array<{ fullName: string; departmentName: string; courseTitle: string; dueDate: string }>): ReminderText {
  const lines = overdue.map((person) => `- ${person.fullName} (${person.departmentName}): ${person.courseTitle}, hạn ${day(person.dueDate)}`);
  return { title: `Tổng hợp tuần: ${overdue.length} lượt quá hạn trong đơn vị`, body: `Các cán bộ sau chưa hoàn thành khóa học bắt buộc đúng hạn:\n${lines.join('\n')}` };
}

/** "2026-W48": a digest goes out once per ISO week. */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
