import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { LedgerModule } from '../compliance/ledger.module';
import { AppConfig, loadAppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DepartmentsModule } from '../departments/departments.module';
import { ReminderJobModule } from '../reminders/reminder-job.module';
import { UsersModule } from '../users/users.module';

/**
 * What the command-line tools need, built by Nest as in the server: configuration, the database
 * (migrated on start), the audit log and the services that own the writes. Not the app module:
 * no HTTP stack, no schedules (no ScheduleModule), no demo data and no course import at start-up.
 */
@Module({})
export class CliModule {
  public static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule, LedgerModule, UsersModule, DepartmentsModule, ReminderJobModule],
    };
  }
}

/**
 * Runs a command in a fresh context and closes it whatever happens. The configuration is read
 * first so that its errors reach the command as they are; Nest logs only warnings and errors
 * (stdout stays the command's own) and throws instead of aborting the process.
 */
export async function withCliContext<T>(run: (context: INestApplicationContext) => Promise<T>, config: AppConfig = loadAppConfig()): Promise<T> {
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}
