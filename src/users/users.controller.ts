import { Controller, Get, Query, Render } from '@nestjs/common';
import { departmentScope } from '../auth/access-scope';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { PeopleQueryDto } from './dto/people-query.dto';
import { Role } from './role';
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
