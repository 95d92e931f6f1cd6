import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { inBatches } from '../common/in-batches';
import { completedAmong } from '../compliance/ledger-queries';
import { flattenDepartmentTree } from '../departments/department-tree';
import { DepartmentsService } from '../departments/departments.service';
import { Role } from '../access/role';
import { CAMPAIGN_STATUS_LABELS, CampaignStatus } from './campaign-status';
import { clickRateChart } from './drill-charts';
import { DrillCampaign } from './drill-campaign.entity';
import { countsByDepartment, peopleOf, reducedCounts, remedialPeople } from './drill-queries';
import { DepartmentInTree } from '../common/subtree-sums';
import { DrillCounts, rollUpDrill, totalOf } from './drill-results';
import { drillResultsCsv } from './drill-results-csv';

export const RESULT_READERS = [Role.Admin, Role.Hr, Role.Head];

/** Results of campaigns per department with roll-up, people, CSV; each limited to the reader's scope. */
@Injectable()
export class DrillResultsService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** The campaigns the person may read, newest first, each with its totals in their scope. */
  public async list(user: SignedInUser): Promise<object> {
    requireRole(user, RESULT_READERS);
    const campaigns = await this.dataSource.getRepository(DrillCampaign).find({ where: this.visibleWhere(user), order: { startsAt: 'DESC', id: 'DESC' } });
    const rows = [];
    for (const campaign of campaigns) rows.push({ campaign, statusLabel: CAMPAIGN_STATUS_LABELS[campaign.status], total: totalOf((await this.counts(campaign, scopePrefix(user))).values()) });
    return { campaigns: rows, canManage: user.role !== Role.Head };
  }

  /** One campaign: totals, per-department rows with roll-up, the chart, and one department's people. */
  public async show(user: SignedInUser, id: number, departmentCode?: string): Promise<object> {
    requireRole(user, RESULT_READERS);
    const campaign = await this.find(user, id);
    const { rows, total } = await this.results(user, campaign);
    const people = departmentCode ? await this.people(user, campaign, departmentCode) : null;
    return { campaign, statusLabel: CAMPAIGN_STATUS_LABELS[campaign.status], rows, total, chart: rows.length ? clickRateChart(rows) : null, people, canManage: user.role !== Role.Head };
  }

  public async exportCsv(user: SignedInUser, id: number, ip: string): Promise<{ headers: Record<string, string>; body: string }> {
    requireRole(user, RESULT_READERS);
    const campaign = await this.find(user, id);
    const { rows } = await this.results(user, campaign);
    await this.audit.record({ action: AuditAction.DrillResultsExported, actor: user, ip, target: { type: 'drill_campaign', id }, details: { name: campaign.name, rows: rows.length } });
    return drillResultsCsv(campaign.id, rows, new Date());
  }

  /** Per-department rows (rolled up) and the total, for everything in the person's scope. */
  public async results(user: SignedInUser, campaign: DrillCampaign): Promise<{ rows: ReturnType<typeof rollUpDrill>; total: ReturnType<typeof totalOf> }> {
    const counts = await this.counts(campaign, scopePrefix(user));
    return { rows: rollUpDrill(await this.departmentsInScope(user), counts), total: totalOf(counts.values()) };
  }

  /** Counts per department; remedial completion read from the compliance ledger as of now. */
  public async counts(campaign: DrillCampaign, pathPrefix: string, manager: EntityManager = this.dataSource.manager): Promise<Map<number, DrillCounts>> {
    if (campaign.reducedAt) return reducedCounts(manager, campaign.id, pathPrefix);
    const counts = await countsByDepartment(manager, campaign.id, pathPrefix);
    const assigned = await remedialPeople(manager, campaign.id, pathPrefix);
    const completed = new Set(
      await inBatches(
        assigned.map((person) => person.userId),
        (batch) => completedAmong(manager, campaign.remedialCourseId, batch, new Date()),
      ),
    );
    for (const person of assigned) if (completed.has(person.userId)) counts.get(person.departmentId)!.remedialCompleted++;
    return counts;
  }

  public async departmentsInScope(user: SignedInUser): Promise<DepartmentInTree[]> {
    return flattenDepartmentTree(await this.departments.treeVisibleTo(user)).map((node) => ({
      id: node.department.id,
      code: node.department.code,
      name: node.department.name,
      path: node.department.path,
      depth: node.depth,
    }));
  }

  /** Heads never see drafts; a campaign they may not see answers 404 like one that does not exist. */
  public visibleWhere(user: SignedInUser): object {
    return user.role === Role.Head ? { status: Not(In([CampaignStatus.Draft])) } : {};
  }

  private async find(user: SignedInUser, id: number): Promise<DrillCampaign> {
    const campaign = await this.dataSource.getRepository(DrillCampaign).findOne({ where: { id, ...this.visibleWhere(user) }, relations: { remedialCourse: true } });
    if (!campaign) throw new NotFoundException('Không tìm thấy đợt diễn tập.');
    return campaign;
  }

  private async people(user: SignedInUser, campaign: DrillCampaign, departmentCode: string): Promise<object> {
    const department = await this.departments.findVisibleByCode(user, departmentCode);
    if (campaign.reducedAt) return { department, reduced: true, rows: [] };
    const rows = await peopleOf(this.dataSource.manager, campaign.id, department.path);
    const completed = new Set(
      await inBatches(
        rows.filter((row) => row.remedialAssignedAt).map((row) => row.userId),
        (batch) => completedAmong(this.dataSource.manager, campaign.remedialCourseId, batch, new Date()),
      ),
    );
    return { department, reduced: false, rows: rows.map((row) => ({ ...row, remedialCompleted: completed.has(row.userId) })) };
  }
}

/** HR and admins read the whole organisation; a head their own department's subtree. */
export function scopePrefix(user: SignedInUser): string {
  return user.role === Role.Head ? user.departmentPath : '/';
}
