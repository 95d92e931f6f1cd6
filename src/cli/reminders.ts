import 'reflect-metadata';
import { AppConfig } from '../config/app-config';
import { ReminderJob } from '../reminders/reminder-job';
import { withCliContext } from './cli.module';

/** `npm run reminders`: the daily reminder run, on demand (safe to run beside the scheduled one). */
async function main(): Promise<void> {
  await withCliContext(async (context) => {
    const config = context.get(AppConfig);
    const result = await context.get(ReminderJob).run();
    process.stdout.write(`Reminders: ${result.created} created, ${result.emailed} e-mailed${config.smtpUrl ? '' : ' (SMTP_URL not set: in-app only)'}\n`);
  });
}

main().catch((error: Error) => {
  process.stderr.write(`Reminder run failed: ${error.message}\n`);
  process.exit(1);
});
