import { Body, Controller, HttpCode, Get, Post, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { ReportPhishDto } from './dto/report-phish.dto';
import { ReportPhishService } from './report-phish.service';

const TITLE = 'Báo cáo thư đáng ngờ';

/** Every signed-in person may report a suspicious message by pasting its link or text. */
@Controller('report-phish')
export class ReportPhishController {
  public constructor(private readonly reports: ReportPhishService) {}

  @Get()
  @Render('drills/report-phish')
  public page(): object {
    return { title: TITLE };
  }

  @Post()
  @HttpCode(200)
  @Render('drills/report-phish')
  public async report(@CurrentUser() user: SignedInUser, @Body() form: ReportPhishDto): Promise<object> {
    return { title: TITLE, outcome: await this.reports.report(user, form.text) };
  }
}
