import { Controller, Get, Post, Redirect, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { NoticesService } from './notices.service';

@Controller('notices')
export class NoticesController {
  public constructor(private readonly notices: NoticesService) {}

  @Get()
  @Render('notices/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Thông báo', notices: await this.notices.listOwn(user) };
  }

  @Post('read')
  @Redirect('/notices', 303)
  public async markRead(@CurrentUser() user: SignedInUser): Promise<void> {
    await this.notices.markAllRead(user);
  }
}
