import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { DrillsModule } from '../drills/drills.module';
import { LearningModule } from '../learning/learning.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ReportsModule } from '../reports/reports.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [DepartmentsModule, LearningModule, ReportsModule, RemindersModule, DrillsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
