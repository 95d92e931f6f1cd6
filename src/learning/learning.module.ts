import { Global, Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { COURSE_PAGES } from '../courses/course-pages';
import { CoursesModule } from '../courses/courses.module';
import { LearningService } from './learning.service';

/**
 * The learner's side of courses, above courses/, attempts/ and compliance/. Global so that the
 * courses controller (below it) can take its pages through COURSE_PAGES without an import cycle.
 */
@Global()
@Module({
  imports: [CoursesModule, AttemptsModule],
  providers: [LearningService, { provide: COURSE_PAGES, useExisting: LearningService }],
  exports: [LearningService, COURSE_PAGES],
})
export class LearningModule {}
