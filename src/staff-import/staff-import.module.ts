import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { UsersModule } from '../users/users.module';
import { StaffImportController } from './staff-import.controller';
import { StaffImportService } from './staff-import.service';

@Module({
  imports: [UsersModule, DepartmentsModule],
  controllers: [StaffImportController],
  providers: [StaffImportService],
})
export class StaffImportModule {}
