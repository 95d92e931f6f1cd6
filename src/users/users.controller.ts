import { Controller, Get, Query, Render } from '@nestjs/common';
import { departmentScope } from '../access/access-scope';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { PeopleQueryDto } from './dto/people-query.dto';
import { Role } from '../access/role';
import { UsersService } from './users.service';

@Controller('people')
@Roles(Role.Head, Role.Hr, Role.Admin)
export class UsersController {
  public constructor(private readonly users: UsersService) {}

  @Get()
  @Render('users/index')
  public async index(@CurrentUser() user: SignedInUser, @Query() query: PeopleQueryDto): Promise<object> {
    const q = query.q ?? '';
    return { title: 'Cán bộ', q, people: await this.users.search(departmentScope(user), q) };
  }
}
