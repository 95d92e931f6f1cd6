import { Controller, Get, Query, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { ReportExportService } from './report-export.service';
import { ReportPagesService } from './report-pages.service';
import { ReportQueryDto } from './dto/report-query.dto';

/** Compliance reports: HR and admins for the whole organisation, heads for their own subtree. */
@Controller('reports')
@Roles(Role.Head, Role.Hr, Role.Admin)
export class ReportsController {
  public constructor(
    private readonly pages: ReportPagesService,
    private readonly exports: ReportExportService,
  ) {}

  @Get('compliance')
  @Render('reports/compliance')
  public async compliance(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto): Promise<object> {
    return this.pages.compliance(user, query);
  }

  @Get('compliance/people')
  @Render('reports/people')
  public async people(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto): Promise<object> {
    return this.pages.people(user, query);
  }

  @Get(['compliance.csv', 'compliance.xlsx', 'compliance.pdf', 'people.csv', 'people.xlsx'])
  public async export(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.exports.send(user, query, request.path.split('/').pop()!, response, request.ip ?? '');
  }
}
