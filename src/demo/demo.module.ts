import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { UsersModule } from '../users/users.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [DepartmentsModule, UsersModule],
  providers: [DemoDataService],
})
export class DemoModule {}
