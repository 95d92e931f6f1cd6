import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';
import { CourseImportService } from '../courses/course-import.service';
import { DrillDemoService } from '../drills/drill-demo.service';
import { ReminderJob } from '../reminders/reminder-job';
import { SettingsService } from '../settings/settings.service';
import { DemoHistoryService } from './demo-history.service';
import { DEMO_ACCOUNTS, DEMO_CERTIFICATE_ISSUER, DEMO_DEPARTMENTS, DEMO_PASSWORD, DEMO_STAFF } from './demo-organisation';

/** Loads the demo organisation into an empty database at start, outside production only. */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  public constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly courseImport: CourseImportService,
    private readonly history: DemoHistoryService,
    private readonly reminders: ReminderJob,
    private readonly drills: DrillDemoService,
  ) {}

  public async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || (await this.users.count()) > 0) return;
    await this.load();
    // Courses must be in before assignments; the import is a no-op when start-up already did it.
    const imported = await this.courseImport.importFrom(this.config.coursesDir);
    if (!imported.ok) return;
    await this.history.load();
    await this.drills.load();
    // Today's reminders, so the demo shows notices without waiting for the 07:00 run.
    await this.reminders.run();
  }

  public async load(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ids = new Map<string, number>();
      for (const department of DEMO_DEPARTMENTS) {
        ids.set(department.code, (await this.departments.create(department, manager)).id);
      }
      for (const account of DEMO_ACCOUNTS) {
        await this.users.create({ ...account, email: `${account.username}@anhoa.example`, departmentId: ids.get(account.departmentCode)!, password: DEMO_PASSWORD }, manager);
      }
      for (const person of DEMO_STAFF) {
        await this.users.create({ ...person, email: `${person.employeeCode.toLowerCase()}@anhoa.example`, departmentId: ids.get(person.departmentCode)! }, manager);
      }
      await this.settings.saveCertificateIssuer(DEMO_CERTIFICATE_ISSUER, null, manager);
      await this.audit.record({ action: AuditAction.DemoDataLoaded, details: { departments: DEMO_DEPARTMENTS.length, users: DEMO_ACCOUNTS.length + DEMO_STAFF.length } }, manager);
    });
    this.logger.log(`Demo organisation loaded: sign in as admin, hr, head or learner with password ${DEMO_PASSWORD}`);
  }
}
