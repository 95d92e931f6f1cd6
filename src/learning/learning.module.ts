import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { CoursesModule } from '../courses/courses.module';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

@Module({
  imports: [CoursesModule, AttemptsModule],
  controllers: [LearningController],
  providers: [LearningService],
  exports: [LearningService],
})
export class LearningModule {}
