import { Controller, Get, Param, Render } from '@nestjs/common';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { PersonHistoryService } from './person-history.service';

@Controller('people/:employeeCode/history')
export class PersonHistoryController {
  public constructor(private readonly history: PersonHistoryService) {}

  @Get()
  @Render('people/history')
  public async show(@CurrentUser() user: SignedInUser, @Param('employeeCode') employeeCode: string): Promise<object> {
    return { title: 'Quá trình bồi dưỡng', ...(await this.history.historyOf(user, employeeCode)) };
  }
}
