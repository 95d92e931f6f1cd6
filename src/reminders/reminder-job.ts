import { DataSource } from 'typeorm';
import { ComplianceSync } from '../common/compliance-sync';
import { vietnamDate } from '../common/vietnam-dates';
import { isDuplicateKey } from '../database/duplicate-key';
import { overdueInSubtree, pendingReminders, PendingReminder } from '../compliance/ledger-queries';
import { Role } from '../access/role';
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

/**
 * The daily reminder run: refreshes time-based statuses, then gives each person who has not
 * completed an assigned course the reminder due today, and each head a weekly digest.
 */
export class ReminderJob {
  public constructor(
    private readonly dataSource: DataSource,
    private readonly compliance: ComplianceSync,
    private readonly mailer: MailSender | null,
    private readonly publicUrl: string,
  ) {}

  public async run(now = new Date()): Promise<ReminderRunResult> {
    await this.dataSource.transaction((manager) => this.compliance.syncTimePassed(manager, now));
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
  private async *pending(now: Date): AsyncGenerator<PendingReminder> {
    for (let after = 0; ;) {
      const page = await pendingReminders(this.dataSource.manager, now, after, PAGE);
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1].recordId;
    }
  }

  /** Each head, once per ISO week, gets the list of overdue people in their units. */
  private async digests(result: ReminderRunResult, now: Date): Promise<void> {
    const week = isoWeek(vietnamDate(now));
    const heads = await this.dataSource.getRepository(User).find({ where: { role: Role.Head, active: true }, relations: { department: true } });
    for (const head of heads) {
      const overdue = await overdueInSubtree(this.dataSource.manager, head.department!.path, now, DIGEST_LIMIT);
      if (overdue.length === 0) continue;
      await this.deliver(result, { userId: head.id, email: head.email }, NoticeKind.HeadDigest, `digest:${head.id}:${week}`, headDigest(overdue), '/head', now);
    }
  }

  /** The unique key decides: an insert that collides means another run already sent this one. */
  private async deliver(result: ReminderRunResult, to: { userId: number; email: string | null }, kind: NoticeKind, dedupeKey: string, text: ReminderText, link: string, now: Date): Promise<void> {
    const notices = this.dataSource.getRepository(Notice);
    const notice = { userId: to.userId, kind, dedupeKey, title: text.title.slice(0, 255), body: text.body, link, createdAt: now, readAt: null, emailedAt: null };
    try {
      // In a transaction so that a Galera conflict or a node failing over is retried, not taken for "sent".
      await this.dataSource.transaction((manager) => manager.insert(Notice, notice));
    } catch (error) {
      if (isDuplicateKey(error)) return;
      throw error;
    }
    result.created++;
    if (!this.mailer || !to.email) return;
    await this.mailer.send(to.email, text.title, `${text.body}\n\n${this.publicUrl}${link}`);
    await notices.update({ dedupeKey }, { emailedAt: new Date() });
    result.emailed++;
  }
}
