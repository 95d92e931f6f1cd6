import { Module } from '@nestjs/common';
import { AnonymisationController } from './anonymisation.controller';
import { AnonymisationService } from './anonymisation.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';

@Module({
  controllers: [PersonalDataController, AnonymisationController],
  providers: [PersonalDataService, AnonymisationService],
})
export class PersonalDataModule {}
