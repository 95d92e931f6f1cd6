import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { DepartmentsService } from '../departments/departments.service';
import { DrillTrendService } from '../drills/drill-trend.service';
import { LearningService } from '../learning/learning.service';
import { NoticesService } from '../reminders/notices.service';
import { completionChart } from '../reports/completion-chart';
import { ReportsService } from '../reports/reports.service';

const RECENT_EVENTS = 10;
const OVERDUE_ON_DASHBOARD = 50;

@Injectable()
export class DashboardService {
  public constructor(
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
    private readonly learning: LearningService,
    private readonly notices: NoticesService,
    private readonly drillTrend: DrillTrendService,
  ) {}

  /** A learner's courses (assigned ones first) and their unread reminders. */
  public async forLearner(user: SignedInUser): Promise<object> {
    return { user, courses: await this.learning.courseCards(user), notices: await this.notices.unreadOwn(user) };
  }

  /** A head's units: completion per unit as a chart and a table, who is overdue, and the drills' click rate over time. */
  public async forHead(user: SignedInUser): Promise<object> {
    const subject = await this.reports.subject(user, {});
    const rows = await this.reports.summary(subject);
    return { rows, chart: completionChart(rows), overdue: await this.reports.overdue(subject, OVERDUE_ON_DASHBOARD), drillTrend: await this.drillTrend.trendFor(user) };
  }

  public async forOrganisation(user: SignedInUser): Promise<object> {
    const units = await this.departments.overviewFor(user);
    return { units, departmentCount: units.length, staffCount: units.reduce((sum, unit) => sum + unit.staffCount, 0) };
  }

  public async forAdmin(user: SignedInUser): Promise<object> {
    return { ...(await this.forOrganisation(user)), recentEvents: await this.audit.latest(RECENT_EVENTS) };
  }
}
