import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { DepartmentsModule } from '../departments/departments.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { COMPLIANCE_SYNC } from './compliance-sync';
import { LedgerService } from './ledger.service';

@Module({
  imports: [CoursesModule, DepartmentsModule],
  controllers: [AssignmentsController],
  providers: [LedgerService, AssignmentsService, { provide: COMPLIANCE_SYNC, useExisting: LedgerService }],
  exports: [LedgerService, AssignmentsService, COMPLIANCE_SYNC],
})
export class ComplianceModule {}
