import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module';
import { DepartmentsModule } from '../departments/departments.module';
import { UsersModule } from '../users/users.module';
import { StaffImportController } from './staff-import.controller';
import { StaffImportService } from './staff-import.service';

@Module({
  imports: [UsersModule, DepartmentsModule, ComplianceModule],
  controllers: [StaffImportController],
  providers: [StaffImportService],
})
export class StaffImportModule {}
