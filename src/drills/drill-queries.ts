import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DrillDepartmentCount } from './drill-department-count.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { DrillCounts } from './drill-results';
import { rawDate } from '../common/raw-date';

/** The drills' named reads over their own tables; every one is limited to a department subtree. */

export interface DrillPersonRow {
  userId: number;
  employeeCode: string;
  fullName: string;
  departmentName: string;
  sentAt: Date | null;
  clickedAt: Date | null;
  dataEnteredAt: Date | null;
  reportedAt: Date | null;
  remedialAssignedAt: Date | null;
}

/** Per department: how many were sent, clicked, entered data, reported and were assigned the course. */
export async function countsByDepartment(manager: EntityManager, campaignId: number, pathPrefix: string): Promise<Map<number, DrillCounts>> {
  const rows = await recipientsUnder(manager, campaignId, pathPrefix)
    .select('recipient.department_id', 'departmentId')
    .addSelect(['COUNT(recipient.sent_at) AS sent', 'COUNT(recipient.clicked_at) AS clicked', 'COUNT(recipient.data_entered_at) AS dataEntered'])
    .addSelect(['COUNT(recipient.reported_at) AS reported', 'COUNT(recipient.remedial_assigned_at) AS remedialAssigned'])
    .groupBy('recipient.department_id')
    .getRawMany<Record<string, number | string>>();
  return new Map(
    rows.map((row) => [
      Number(row.departmentId),
      {
        sent: Number(row.sent),
        clicked: Number(row.clicked),
        dataEntered: Number(row.dataEntered),
        reported: Number(row.reported),
        remedialAssigned: Number(row.remedialAssigned),
        remedialCompleted: 0,
      },
    ]),
  );
}

/** The people who were assigned the remedial course, with their department at the time. */
export async function remedialPeople(manager: EntityManager, campaignId: number, pathPrefix: string): Promise<Array<{ userId: number; departmentId: number }>> {
  const rows = await recipientsUnder(manager, campaignId, pathPrefix)
    .andWhere('recipient.remedial_assigned_at IS NOT NULL')
    .select(['recipient.user_id AS userId', 'recipient.department_id AS departmentId'])
    .getRawMany<{ userId: number | string; departmentId: number | string }>();
  return rows.map((row) => ({ userId: Number(row.userId), departmentId: Number(row.departmentId) }));
}

/** The counts kept after the per-person rows were reduced (retention). */
export async function reducedCounts(manager: EntityManager, campaignId: number, pathPrefix: string): Promise<Map<number, DrillCounts>> {
  const builder = manager.createQueryBuilder(DrillDepartmentCount, 'count').where('count.campaign_id = :campaignId', { campaignId });
  if (pathPrefix !== '/') builder.andWhere('count.department_path LIKE :prefix', { prefix: `${pathPrefix}%` });
  const rows = await builder.getMany();
  return new Map(
    rows.map(({ departmentId, sent, clicked, dataEntered, reported, remedialAssigned, remedialCompleted }) => [
      departmentId,
      { sent, clicked, dataEntered, reported, remedialAssigned, remedialCompleted },
    ]),
  );
}

/** The people of a subtree with what they did, by name. */
export async function peopleOf(manager: EntityManager, campaignId: number, pathPrefix: string): Promise<DrillPersonRow[]> {
  const rows = await recipientsUnder(manager, campaignId, pathPrefix)
    .innerJoin('users', 'person', 'person.id = recipient.user_id')
    .innerJoin('departments', 'department', 'department.id = recipient.department_id')
    .select(['recipient.user_id AS userId', 'person.employee_code AS employeeCode', 'person.full_name AS fullName', 'department.name AS departmentName'])
    .addSelect([
      'recipient.sent_at AS sentAt',
      'recipient.clicked_at AS clickedAt',
      'recipient.data_entered_at AS dataEnteredAt',
      'recipient.reported_at AS reportedAt',
      'recipient.remedial_assigned_at AS remedialAssignedAt',
    ])
    .orderBy('person.full_name', 'ASC')
    .getRawMany<Record<string, unknown>>();
  return rows.map((row) => ({
    userId: Number(row.userId),
    employeeCode: String(row.employeeCode),
    fullName: String(row.fullName),
    departmentName: String(row.departmentName),
    sentAt: rawDate(row.sentAt),
    clickedAt: rawDate(row.clickedAt),
    dataEnteredAt: rawDate(row.dataEnteredAt),
    reportedAt: rawDate(row.reportedAt),
    remedialAssignedAt: rawDate(row.remedialAssignedAt),
  }));
}

function recipientsUnder(manager: EntityManager, campaignId: number, pathPrefix: string): SelectQueryBuilder<DrillRecipient> {
  const builder = manager.createQueryBuilder(DrillRecipient, 'recipient').where('recipient.campaign_id = :campaignId', { campaignId });
  if (pathPrefix !== '/') builder.andWhere('recipient.department_path LIKE :prefix', { prefix: `${pathPrefix}%` });
  return builder;
}

/** Each department of the campaign's people with its path at planning time. */
export async function departmentPaths(manager: EntityManager, campaignId: number): Promise<Map<number, string>> {
  const rows = await recipientsUnder(manager, campaignId, '/')
    .select('recipient.department_id', 'departmentId')
    .addSelect('MAX(recipient.department_path)', 'departmentPath')
    .groupBy('recipient.department_id')
    .getRawMany<{ departmentId: number | string; departmentPath: string }>();
  return new Map(rows.map((row) => [Number(row.departmentId), row.departmentPath]));
}
