import { Injectable, Logger, Module } from '@nestjs/common';
import { Cron, Interval } from '@nestjs/schedule';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ComplianceModule } from '../compliance/compliance.module';
import { AppConfig } from '../config/app-config';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { MAIL_SENDER, MailSender } from '../reminders/mailer';
import { RemindersModule } from '../reminders/reminders.module';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { CampaignsService } from './campaigns.service';
import { DrillDemoService } from './drill-demo.service';
import { DrillResultsService } from './drill-results.service';
import { DrillRetention } from './drill-retention';
import { DrillSender } from './drill-sender';
import { DrillTrendService } from './drill-trend.service';
import { DrillsController } from './drills.controller';
import { LandingController } from './landing.controller';
import { LandingService } from './landing.service';
import { RemedialService } from './remedial.service';
import { ReportPhishController } from './report-phish.controller';
import { ReportPhishService } from './report-phish.service';

/** Runs the sender every half minute (one pass at a time per instance) and the retention nightly. */
@Injectable()
export class DrillSchedule {
  private readonly logger = new Logger(DrillSchedule.name);
  private sending = false;

  public constructor(
    private readonly config: AppConfig,
    private readonly sender: DrillSender,
    private readonly retention: DrillRetention,
  ) {}

  @Interval('drills-send', 30_000)
  public async send(): Promise<void> {
    if (!this.config.drills.send || this.sending) return;
    this.sending = true;
    try {
      const { sent } = await this.sender.run();
      if (sent) this.logger.log(`Drills: ${sent} messages sent`);
    } finally {
      this.sending = false;
    }
  }

  @Cron('45 2 * * *', { name: 'drills-retention', timeZone: 'Asia/Ho_Chi_Minh' })
  public async reduce(): Promise<void> {
    if (!this.config.drills.send) return;
    const reduced = await this.retention.reduce();
    if (reduced) this.logger.log(`Drills: results of ${reduced} campaigns reduced to counts`);
  }
}

@Module({
  imports: [ComplianceModule, CoursesModule, DepartmentsModule, RemindersModule, UsersModule],
  controllers: [DrillsController, LandingController, ReportPhishController],
  providers: [
    CampaignsService,
    DrillResultsService,
    DrillTrendService,
    LandingService,
    RemedialService,
    DrillDemoService,
    ReportPhishService,
    DrillRetention,
    DrillSchedule,
    {
      provide: DrillSender,
      inject: [getDataSourceToken(), MAIL_SENDER, AuditService, UsersService, AppConfig],
      useFactory: (dataSource: DataSource, mailer: MailSender | null, audit: AuditService, users: UsersService, config: AppConfig) =>
        new DrillSender(dataSource, mailer, audit, users, { publicUrl: config.publicUrl, mailsPerMinute: config.drills.mailsPerMinute }),
    },
  ],
  exports: [DrillTrendService, DrillSender, DrillDemoService],
})
export class DrillsModule {}
