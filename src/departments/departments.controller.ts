import { Controller, Get, Param, Render } from '@nestjs/common';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { Role } from '../users/role';
import { UsersService } from '../users/users.service';
import { DepartmentsService } from './departments.service';

@Controller('departments')
@Roles(Role.Head, Role.Hr, Role.Admin)
export class DepartmentsController {
  public constructor(
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Render('departments/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Đơn vị', units: await this.departments.overviewFor(user) };
  }

  @Get(':code')
  @Render('departments/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    const department = await this.departments.findVisibleByCode(user, code);
    const subtree = await this.departments.findSubtree(department);
    return {
      title: department.name,
      department,
      subDepartments: subtree.filter((unit) => unit.parentId === department.id),
      staff: await this.users.findByDepartment(department),
    };
  }
}
