import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { LedgerModule } from './ledger.module';
import { PersonHistoryController } from './person-history.controller';
import { PersonHistoryService } from './person-history.service';

@Module({
  imports: [LedgerModule, CoursesModule, DepartmentsModule],
  controllers: [AssignmentsController, PersonHistoryController],
  providers: [AssignmentsService, PersonHistoryService],
  exports: [AssignmentsService],
})
export class ComplianceModule {}
