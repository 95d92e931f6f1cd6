import { Controller, Get, Query, Redirect, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { HOME_BY_ROLE, SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { DashboardService } from './dashboard.service';
import { HomeQueryDto } from './dto/home-query.dto';

/** Each role's home page; they fill up as courses, certificates and reports arrive. */
@Controller()
export class DashboardController {
  public constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Redirect()
  public home(@CurrentUser() user: SignedInUser): { url: string } {
    return { url: HOME_BY_ROLE[user.role] };
  }

  @Get('my')
  @Render('dashboard/learner')
  public async learner(@CurrentUser() user: SignedInUser, @Query() query: HomeQueryDto): Promise<object> {
    return { title: 'Trang của tôi', passwordChanged: query.passwordChanged === '1', ...(await this.dashboards.forLearner(user)) };
  }

  @Get('head')
  @Roles(Role.Head)
  @Render('dashboard/head')
  public async head(@CurrentUser() user: SignedInUser, @Query() query: HomeQueryDto): Promise<object> {
    return { title: 'Đơn vị của tôi', passwordChanged: query.passwordChanged === '1', ...(await this.dashboards.forHead(user)) };
  }

  @Get('hr')
  @Roles(Role.Hr)
  @Render('dashboard/hr')
  public async hr(@CurrentUser() user: SignedInUser, @Query() query: HomeQueryDto): Promise<object> {
    return { title: 'Tổng quan tổ chức cán bộ', passwordChanged: query.passwordChanged === '1', ...(await this.dashboards.forOrganisation(user)) };
  }

  @Get('admin')
  @Roles(Role.Admin)
  @Render('dashboard/admin')
  public async admin(@CurrentUser() user: SignedInUser, @Query() query: HomeQueryDto): Promise<object> {
    return { title: 'Quản trị hệ thống', passwordChanged: query.passwordChanged === '1', ...(await this.dashboards.forAdmin(user)) };
  }
}
