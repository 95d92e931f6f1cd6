import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { rawDate } from '../common/raw-date';
import { Role } from '../access/role';
import { DrillRecipient } from './drill-recipient.entity';
import { DrillReport } from './drill-report.entity';
import { hashDrillToken, tokensIn } from './drill-token';

const REPORTS_LISTED = 200;
const DRILL_LINK_REDACTED = '[liên kết diễn tập]';

/** "Báo cáo thư đáng ngờ": a drill of one's own counts as reported; anything else goes to the admins. */
@Injectable()
export class ReportPhishService {
  public constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when the text held a link of one of the person's own drills. */
  public async report(user: SignedInUser, text: string, now = new Date()): Promise<{ drill: boolean }> {
    const tokens = new Map(tokensIn(text).map((token) => [hashDrillToken(token), token]));
    return this.dataSource.transaction(async (manager) => {
      const drills = tokens.size ? await manager.find(DrillRecipient, { where: { tokenHash: In([...tokens.keys()]) }, select: { id: true, userId: true, tokenHash: true } }) : [];
      const own = drills.filter((row) => row.userId === user.id);
      if (own.length) {
        await manager.update(DrillRecipient, { id: In(own.map((row) => row.id)), reportedAt: IsNull() }, { reportedAt: now });
        return { drill: true };
      }
      // Someone else's forwarded drill is an ordinary report that says nothing about whose it was;
      // its link is blanked so that an administrator reading the list does not click it for them.
      const kept = drills.reduce((redacted, row) => redacted.split(tokens.get(row.tokenHash!)!).join(DRILL_LINK_REDACTED), text);
      await manager.insert(DrillReport, { userId: user.id, text: kept, createdAt: now });
      return { drill: false };
    });
  }

  /** The messages staff reported that were not drills, newest first, for the administrators. */
  public async latest(user: SignedInUser): Promise<Array<{ id: number; text: string; createdAt: Date; fullName: string; departmentName: string }>> {
    requireRole(user, [Role.Admin]);
    const rows = await this.dataSource
      .createQueryBuilder(DrillReport, 'report')
      .innerJoin('users', 'person', 'person.id = report.user_id')
      .innerJoin('departments', 'department', 'department.id = person.department_id')
      .select(['report.id AS id', 'report.text AS text', 'report.created_at AS createdAt', 'person.full_name AS fullName', 'department.name AS departmentName'])
      .orderBy('report.created_at', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .limit(REPORTS_LISTED)
      .getRawMany<{ id: number | string; text: string; createdAt: unknown; fullName: string; departmentName: string }>();
    return rows.map((row) => ({ ...row, id: Number(row.id), createdAt: rawDate(row.createdAt) ?? new Date(0) }));
  }
}

/** Anonymisation: what a person pasted may name them, so their reports go, in the caller's transaction. */
export async function deleteReportsOf(manager: EntityManager, userId: number): Promise<void> {
  await manager.delete(DrillReport, { userId });
}
