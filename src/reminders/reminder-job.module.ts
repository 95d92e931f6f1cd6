import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { AppConfig } from '../config/app-config';
import { MAIL_SENDER, MailSender, smtpMailer } from './mailer';
import { ReminderJob } from './reminder-job';

/**
 * The reminder run alone, without its schedule: the server schedules it, `npm run reminders`
 * runs it once. It also provides the one SMTP transport (null without SMTP_URL) that drills share.
 */
@Module({
  providers: [
    {
      provide: MAIL_SENDER,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailSender | null => (config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null),
    },
    {
      provide: ReminderJob,
      inject: [getDataSourceToken(), COMPLIANCE_SYNC, MAIL_SENDER, AppConfig],
      useFactory: (dataSource: DataSource, compliance: ComplianceSync, mailer: MailSender | null, config: AppConfig) => new ReminderJob(dataSource, compliance, mailer, config.publicUrl),
    },
  ],
  exports: [ReminderJob, MAIL_SENDER],
})
export class ReminderJobModule {}
