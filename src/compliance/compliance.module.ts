import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { COMPLIANCE_SYNC } from './compliance-sync';
import { LedgerService } from './ledger.service';
import { PersonHistoryController } from './person-history.controller';
import { PersonHistoryService } from './person-history.service';

@Module({
  imports: [CoursesModule, DepartmentsModule],
  controllers: [AssignmentsController, PersonHistoryController],
  providers: [LedgerService, AssignmentsService, PersonHistoryService, { provide: COMPLIANCE_SYNC, useExisting: LedgerService }],
  exports: [LedgerService, AssignmentsService, COMPLIANCE_SYNC],
})
export class ComplianceModule {}
