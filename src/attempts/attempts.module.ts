import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '../certificates/certificates.module';
import { Certificate } from '../certificates/certificate.entity';
import { CoursesModule } from '../courses/courses.module';
import { AttemptQuestion } from './attempt-question.entity';
import { Attempt } from './attempt.entity';
import { AttemptReviewService } from './attempt-review.service';
import { AttemptsService } from './attempts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, AttemptQuestion, Certificate]), CoursesModule, CertificatesModule],
  providers: [AttemptsService, AttemptReviewService],
  exports: [AttemptsService, AttemptReviewService],
})
export class AttemptsModule {}
