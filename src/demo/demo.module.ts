import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { SettingsModule } from '../settings/settings.module';
import { UsersModule } from '../users/users.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [DepartmentsModule, UsersModule, SettingsModule],
  providers: [DemoDataService],
})
export class DemoModule {}
