import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { AppConfig } from '../config/app-config';
import { smtpMailer } from './mailer';
import { ReminderJob } from './reminder-job';

/** The reminder run alone, without its schedule: the server schedules it, `npm run reminders` runs it once. */
@Module({
  providers: [
    {
      provide: ReminderJob,
      inject: [getDataSourceToken(), COMPLIANCE_SYNC, AppConfig],
      useFactory: (dataSource: DataSource, compliance: ComplianceSync, config: AppConfig) =>
        new ReminderJob(dataSource, compliance, config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null, config.publicUrl),
    },
  ],
  exports: [ReminderJob],
})
export class ReminderJobModule {}
