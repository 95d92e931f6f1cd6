import { NoticeKind } from './notice.entity';
import { isoWeek, personalReminder, reminderKind } from './reminder-texts';

describe('reminders', () => {
  it('should remind within 7 days before, on the day, and after the due date', () => {
    expect(reminderKind('2026-12-10', '2026-12-02')).toBeNull();
    expect(reminderKind('2026-12-10', '2026-12-03')).toBe(NoticeKind.DueSoon);
    expect(reminderKind('2026-12-10', '2026-12-09')).toBe(NoticeKind.DueSoon);
    expect(reminderKind('2026-12-10', '2026-12-10')).toBe(NoticeKind.DueToday);
    expect(reminderKind('2026-12-10', '2026-12-11')).toBe(NoticeKind.Overdue);
  });

  it('should write the due date the Vietnamese way', () => {
    expect(personalReminder(NoticeKind.Overdue, 'Khóa A', '2026-12-10').body).toContain('10/12/2026');
  });

  it('should name ISO weeks, across a year boundary too', () => {
    expect(isoWeek('2026-11-24')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });
});
