import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AnonymisationController } from './anonymisation.controller';
import { AnonymisationService } from './anonymisation.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';

@Module({
  imports: [SessionsModule, RemindersModule],
  controllers: [PersonalDataController, AnonymisationController],
  providers: [PersonalDataService, AnonymisationService],
})
export class PersonalDataModule {}
