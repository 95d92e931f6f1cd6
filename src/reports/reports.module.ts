import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { SettingsModule } from '../settings/settings.module';
import { ReportExportService } from './report-export.service';
import { ReportPagesService } from './report-pages.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [CoursesModule, DepartmentsModule, SettingsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportPagesService, ReportExportService],
  exports: [ReportsService],
})
export class ReportsModule {}
