import { Controller, Get, Inject, Param, ParseIntPipe, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { COURSE_PAGES, CoursePages } from './course-pages';

/** Courses and lessons: open to every signed-in person. */
@Controller('courses')
export class CoursesController {
  public constructor(@Inject(COURSE_PAGES) private readonly pages: CoursePages) {}

  @Get()
  @Render('courses/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return this.pages.courseList(user);
  }

  @Get(':code')
  @Render('courses/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    return this.pages.coursePage(user, code);
  }

  @Get(':code/lessons/:position')
  @Render('courses/lesson')
  public async lesson(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Param('position', ParseIntPipe) position: number): Promise<object> {
    return this.pages.lessonPage(user, code, position);
  }
}
