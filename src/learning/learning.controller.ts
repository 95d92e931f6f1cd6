import { Controller, Get, Param, ParseIntPipe, Render } from '@nestjs/common';
import { CurrentUser } from '../auth/current-user.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { LearningService } from './learning.service';

/**
 * Course pages: open to every signed-in person. They stay above courses/ because each one joins
 * the course with the person's attempts and assignments (courses/ sits below both).
 */
@Controller()
export class LearningController {
  public constructor(private readonly learning: LearningService) {}

  @Get('courses')
  @Render('courses/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Khóa học', courses: await this.learning.courseCards(user) };
  }

  @Get('courses/:code')
  @Render('courses/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    return this.learning.coursePage(user, code);
  }

  @Get('courses/:code/lessons/:position')
  @Render('courses/lesson')
  public async lesson(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Param('position', ParseIntPipe) position: number): Promise<object> {
    return this.learning.lessonPage(user, code, position);
  }
}
