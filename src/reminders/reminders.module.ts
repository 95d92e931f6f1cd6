import { Injectable, Logger, Module } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { smtpMailer } from './mailer';
import { Notice } from './notice.entity';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';
import { ReminderJob } from './reminder-job';

@Injectable()
export class ReminderSchedule {
  private readonly logger = new Logger(ReminderSchedule.name);

  public constructor(
    private readonly config: AppConfig,
    private readonly job: ReminderJob,
  ) {}

  @Cron('0 7 * * *', { name: 'reminders', timeZone: 'Asia/Ho_Chi_Minh' })
  public async daily(): Promise<void> {
    if (!this.config.remindersSchedule) return;
    const result = await this.job.run();
    this.logger.log(`Reminders: ${result.created} created, ${result.emailed} e-mailed`);
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([Notice])],
  controllers: [NoticesController],
  providers: [
    {
      provide: ReminderJob,
      inject: [getDataSourceToken(), COMPLIANCE_SYNC, AppConfig],
      useFactory: (dataSource: DataSource, compliance: ComplianceSync, config: AppConfig) =>
        new ReminderJob(dataSource, compliance, config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null, config.publicUrl),
    },
    ReminderSchedule,
    NoticesService,
  ],
  exports: [ReminderJob, NoticesService],
})
export class RemindersModule {}
