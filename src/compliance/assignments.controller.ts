import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { AssignmentsService } from './assignments.service';
import { AssignmentsQueryDto } from './dto/assignments-query.dto';
import { CreateAssignmentDto } from './dto/create-assignment.dto';

@Controller('assignments')
@Roles(Role.Hr, Role.Admin)
export class AssignmentsController {
  public constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @Render('assignments/index')
  public async index(@CurrentUser() user: SignedInUser, @Query() query: AssignmentsQueryDto): Promise<object> {
    return { title: 'Phân công khóa học', ...(await this.assignments.page(user)), created: query.created === '1' };
  }

  @Post()
  @Redirect()
  public async create(@CurrentUser() user: SignedInUser, @Body() form: CreateAssignmentDto, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    await this.assignments.create(user, form, request.ip ?? '');
    return { url: '/assignments?created=1', statusCode: 303 };
  }

  @Post(':id/remove')
  @Redirect()
  public async remove(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    await this.assignments.remove(user, id, request.ip ?? '');
    return { url: '/assignments', statusCode: 303 };
  }
}
