import { DataSource, QueryFailedError } from 'typeorm';
import { vietnamDate } from '../certificates/certificate-dates';
import { LedgerService } from '../compliance/ledger.service';
import { currentRecords, EFFECTIVE_STATUS } from '../reports/compliance-query';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { MailSender } from './mailer';
import { Notice, NoticeKind } from './notice.entity';
import { headDigest, isoWeek, personalReminder, reminderKind, ReminderText } from './reminder-texts';

const PAGE = 1000;
const DIGEST_LIMIT = 200;

export interface ReminderRunResult {
  created: number;
  emailed: number;
}

interface Due {
  recordId: number;
  userId: number;
  email: string | null;
  courseTitle: string;
  dueDate: string;
}

/**
 * The daily reminder run: refreshes time-based statuses, then gives each person who has not
 * completed an assigned course the reminder due today, and each head a weekly digest.
 */
export class ReminderJob {
  public constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly mailer: MailSender | null,
    private readonly publicUrl: string,
  ) {}

  public async run(now = new Date()): Promise<ReminderRunResult> {
    await this.dataSource.transaction((manager) => this.ledger.refreshTimeBased(manager, now));
    const result = { created: 0, emailed: 0 };
    const today = vietnamDate(now);
    for await (const due of this.pending(now)) {
      const kind = reminderKind(due.dueDate, today);
      if (!kind) continue;
      const text = personalReminder(kind, due.courseTitle, due.dueDate);
      await this.deliver(result, { userId: due.userId, email: due.email }, kind, `${kind}:${due.recordId}:${due.dueDate}`, text, '/my', now);
    }
    await this.digests(result, now);
    return result;
  }

  /** Current, assigned, not yet completed rows, a page at a time. */
  private async *pending(now: Date): AsyncGenerator<Due> {
    for (let after = 0; ; ) {
      const page = await currentRecords(this.dataSource.manager, { pathPrefix: '/' }, now)
        .innerJoin('users', 'person', 'person.id = record.user_id AND person.active = :yes')
        .innerJoin('courses', 'course', 'course.id = record.course_id')
        .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
        .andWhere(`${EFFECTIVE_STATUS} IN ('not_started', 'in_progress', 'overdue')`)
        .andWhere('record.id > :after', { after })
        .select(['record.id AS recordId', 'record.user_id AS userId', 'person.email AS email', 'version.title AS courseTitle', 'record.due_date AS dueDate'])
        .orderBy('record.id', 'ASC')
        .limit(PAGE)
        .getRawMany<{ recordId: number | string; userId: number | string; email: string | null; courseTitle: string; dueDate: string }>();
      for (const row of page) yield { ...row, recordId: Number(row.recordId), userId: Number(row.userId) };
      if (page.length < PAGE) return;
      after = Number(page[page.length - 1].recordId);
    }
  }

  /** Each head, once per ISO week, gets the list of overdue people in their units. */
  private async digests(result: ReminderRunResult, now: Date): Promise<void> {
    const week = isoWeek(vietnamDate(now));
    const heads = await this.dataSource.getRepository(User).find({ where: { role: Role.Head, active: true }, relations: { department: true } });
    for (const head of heads) {
      const overdue = await currentRecords(this.dataSource.manager, { pathPrefix: head.department!.path }, now)
        .innerJoin('users', 'person', 'person.id = record.user_id')
        .innerJoin('departments', 'department', 'department.id = record.department_id')
        .innerJoin('courses', 'course', 'course.id = record.course_id')
        .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
        .andWhere(`${EFFECTIVE_STATUS} = 'overdue'`)
        .select(['person.full_name AS fullName', 'department.name AS departmentName', 'version.title AS courseTitle', 'record.due_date AS dueDate'])
        .orderBy('person.full_name', 'ASC')
        .limit(DIGEST_LIMIT)
        .getRawMany<{ fullName: string; departmentName: string; courseTitle: string; dueDate: string }>();
      if (overdue.length === 0) continue;
      await this.deliver(result, { userId: head.id, email: head.email }, NoticeKind.HeadDigest, `digest:${head.id}:${week}`, headDigest(overdue), '/head', now);
    }
  }

  /** The unique key decides: an insert that collides means another run already sent this one. */
  private async deliver(result: ReminderRunResult, to: { userId: number; email: string | null }, kind: NoticeKind, dedupeKey: string, text: ReminderText, link: string, now: Date): Promise<void> {
    const notices = this.dataSource.getRepository(Notice);
    try {
      await notices.insert({ userId: to.userId, kind, dedupeKey, title: text.title.slice(0, 255), body: text.body, link, createdAt: now, readAt: null, emailedAt: null });
    } catch (error) {
      if (error instanceof QueryFailedError) return;
      throw error;
    }
    result.created++;
    if (!this.mailer || !to.email) return;
    await this.mailer.send(to.email, text.title, `${text.body}\n\n${this.publicUrl}${link}`);
    await notices.update({ dedupeKey }, { emailedAt: new Date() });
    result.emailed++;
  }
}
