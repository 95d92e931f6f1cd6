import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../auth/signed-in-user';
import { DepartmentsService } from '../departments/departments.service';

const RECENT_EVENTS = 10;

@Injectable()
export class DashboardService {
  public constructor(
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
  ) {}

  /** A head's own department and sub-departments with their staff numbers. */
  public async forHead(user: SignedInUser): Promise<object> {
    return { units: await this.departments.overviewFor(user) };
  }

  public async forOrganisation(user: SignedInUser): Promise<object> {
    const units = await this.departments.overviewFor(user);
    return { units, departmentCount: units.length, staffCount: units.reduce((sum, unit) => sum + unit.staffCount, 0) };
  }

  public async forAdmin(user: SignedInUser): Promise<object> {
    return { ...(await this.forOrganisation(user)), recentEvents: await this.audit.latest(RECENT_EVENTS) };
  }
}
