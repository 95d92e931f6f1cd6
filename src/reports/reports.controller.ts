import { Controller, Get, Query, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { CoursesService } from '../courses/courses.service';
import { DepartmentsService } from '../departments/departments.service';
import { Role } from '../users/role';
import { comparePersonNames } from '../users/vietnamese-order';
import { ReportExportService } from './report-export.service';
import { ReportQueryDto } from './dto/report-query.dto';
import { ReportsService } from './reports.service';

const PEOPLE_ON_PAGE = 2000;

/** Compliance reports: HR and admins for the whole organisation, heads for their own subtree. */
@Controller('reports')
@Roles(Role.Head, Role.Hr, Role.Admin)
export class ReportsController {
  public constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportService,
    private readonly courses: CoursesService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get('compliance')
  @Render('reports/compliance')
  public async compliance(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto): Promise<object> {
    const subject = await this.reports.subject(user, query);
    return {
      title: 'Báo cáo tuân thủ',
      rows: await this.reports.summary(subject),
      filters: await this.filterOptions(user, query),
      query: new URLSearchParams(clean(query)).toString(),
      subject,
    };
  }

  @Get('compliance/people')
  @Render('reports/people')
  public async people(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto): Promise<object> {
    const subject = await this.reports.subject(user, query);
    const people = [];
    for await (const row of this.reports.people(subject)) {
      people.push(row);
      if (people.length >= PEOPLE_ON_PAGE) break;
    }
    return {
      title: 'Danh sách cán bộ theo trạng thái',
      people: people.sort((a, b) => comparePersonNames(a.fullName, b.fullName)),
      truncated: people.length >= PEOPLE_ON_PAGE,
      filters: await this.filterOptions(user, query),
      query: new URLSearchParams(clean(query)).toString(),
      subject,
    };
  }

  @Get(['compliance.csv', 'compliance.xlsx', 'compliance.pdf', 'people.csv', 'people.xlsx'])
  public async export(@CurrentUser() user: SignedInUser, @Query() query: ReportQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const subject = await this.reports.subject(user, query);
    await this.exports.send(user, subject, request.path.split('/').pop()!, response, request.ip ?? '');
  }

  private async filterOptions(user: SignedInUser, query: ReportQueryDto): Promise<object> {
    return {
      courses: (await this.courses.listCurrent()).map(({ course, version }) => ({ code: course.code, title: version.title, selected: course.code === query.course })),
      departments: (await this.departments.overviewFor(user)).map((unit) => ({ ...unit, selected: unit.code === query.department })),
    };
  }
}

function clean(query: ReportQueryDto): Record<string, string> {
  return Object.fromEntries(Object.entries({ department: query.department, course: query.course }).filter(([, value]) => typeof value === 'string' && value !== '')) as Record<string, string>;
}
