import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { LedgerService } from '../compliance/ledger.service';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { smtpMailer } from '../reminders/mailer';
import { ReminderJob } from '../reminders/reminder-job';

/** `npm run reminders`: the daily reminder run, on demand (safe to run beside the scheduled one). */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const dataSource = await new DataSource(await dataSourceOptions(config.database)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
    const result = await new ReminderJob(dataSource, new LedgerService(), mailer, config.publicUrl).run();
    process.stdout.write(`Reminders: ${result.created} created, ${result.emailed} e-mailed${mailer ? '' : ' (SMTP_URL not set: in-app only)'}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Reminder run failed: ${error.message}\n`);
  process.exit(1);
});
