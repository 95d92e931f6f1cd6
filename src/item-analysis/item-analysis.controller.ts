import { Controller, Get, Param, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { itemAnalysisPage } from './item-analysis-view';
import { ItemAnalysisService } from './item-analysis.service';

/** Item analysis of a course's questions, for the administrators who author courses. */
@Controller('admin/courses')
@Roles(Role.Admin)
export class ItemAnalysisController {
  public constructor(private readonly itemAnalysis: ItemAnalysisService) {}

  @Get(':code/items')
  @Render('item-analysis/index')
  public async page(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    return itemAnalysisPage(await this.itemAnalysis.analyse(user, code));
  }

  @Get(':code/items.csv')
  public async csv(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = await this.itemAnalysis.exportCsv(user, code, request.ip ?? '');
    response.set(file.headers).send(file.body);
  }
}
