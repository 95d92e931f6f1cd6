import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CourseImportService } from './course-import.service';
import { CourseVersion } from './course-version.entity';
import { Course } from './course.entity';
import { LessonRead } from './lesson-read.entity';
import { Lesson } from './lesson.entity';
import { Question } from './question.entity';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';

@Module({
  imports: [TypeOrmModule.forFeature([Course, CourseVersion, Lesson, Question, LessonRead])],
  controllers: [CoursesController],
  providers: [CoursesService, CourseImportService],
  exports: [CoursesService, CourseImportService],
})
export class CoursesModule {}
