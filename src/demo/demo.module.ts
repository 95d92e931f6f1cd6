import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { DrillsModule } from '../drills/drills.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SettingsModule } from '../settings/settings.module';
import { UsersModule } from '../users/users.module';
import { DemoDataService } from './demo-data.service';
import { DemoHistoryService } from './demo-history.service';

@Module({
  imports: [DepartmentsModule, UsersModule, SettingsModule, CoursesModule, ComplianceModule, AttemptsModule, CertificatesModule, RemindersModule, DrillsModule],
  providers: [DemoDataService, DemoHistoryService],
})
export class DemoModule {}
