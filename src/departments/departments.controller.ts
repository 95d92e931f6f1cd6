import { Controller, Get, Param, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { Role } from '../access/role';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { DepartmentsService } from './departments.service';

@Controller('departments')
@Roles(Role.Head, Role.Hr, Role.Admin)
export class DepartmentsController {
  public constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Render('departments/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Đơn vị', units: await this.departments.overviewFor(user) };
  }

  @Get(':code')
  @Render('departments/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    const page = await this.departments.pageFor(user, code);
    return { title: page.department.name, ...page };
  }
}
