import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '../certificates/certificates.module';
import { Certificate } from '../certificates/certificate.entity';
import { CoursesModule } from '../courses/courses.module';
import { AttemptQuestion } from './attempt-question.entity';
import { Attempt } from './attempt.entity';
import { AttemptPagesService } from './attempt-pages.service';
import { AttemptReviewService } from './attempt-review.service';
import { AttemptsController } from './attempts.controller';
import { AttemptsService } from './attempts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, AttemptQuestion, Certificate]), CoursesModule, CertificatesModule],
  controllers: [AttemptsController],
  providers: [AttemptsService, AttemptReviewService, AttemptPagesService],
  exports: [AttemptsService, AttemptReviewService],
})
export class AttemptsModule {}
