import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CertificatesModule } from './certificates/certificates.module';
import { AppConfig } from './config/app-config';
import { ComplianceModule } from './compliance/compliance.module';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DepartmentsModule } from './departments/departments.module';
import { DrillsModule } from './drills/drills.module';
import { HealthModule } from './health/health.module';
import { ItemAnalysisModule } from './item-analysis/item-analysis.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportsModule } from './reports/reports.module';
import { LearningModule } from './learning/learning.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { SettingsModule } from './settings/settings.module';
import { SsoModule } from './auth/sso/sso.module';
import { StaffImportModule } from './staff-import/staff-import.module';
import { UsersModule } from './users/users.module';
import { pinoHttpOptions } from './web/logging';
import { HttpErrorFilter } from './web/http-error.filter';

@Module({})
export class AppModule {
  /** Tests pass their own configuration (a throw-away database); the server reads the environment. */
  public static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (appConfig: AppConfig) => ({ pinoHttp: pinoHttpOptions(appConfig) }) }),
        DatabaseModule,
        AuditModule,
        UsersModule,
        DepartmentsModule,
        SsoModule,
        AuthModule,
        SettingsModule,
        CertificatesModule,
        ComplianceModule,
        ReportsModule,
        // In a cluster, one process runs the jobs (main.ts); the others only serve requests.
        ScheduleModule.forRootAsync({ inject: [AppConfig], useFactory: (appConfig: AppConfig) => ({ cronJobs: appConfig.scheduledJobs, intervals: appConfig.scheduledJobs }) }),
        RemindersModule,
        StaffImportModule,
        LearningModule,
        ItemAnalysisModule,
        DrillsModule,
        DashboardModule,
        HealthModule,
        PersonalDataModule,
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
