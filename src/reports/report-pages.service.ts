import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../access/signed-in-user';
import { CoursesService } from '../courses/courses.service';
import { DepartmentsService } from '../departments/departments.service';
import { ReportRequest, ReportsService, ReportSubject } from './reports.service';

const PEOPLE_ON_PAGE = 2000;

/** The report pages' view models: the subject (scope checked first), its rows and the filter options. */
@Injectable()
export class ReportPagesService {
  public constructor(
    private readonly reports: ReportsService,
    private readonly courses: CoursesService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Every department of the subject's subtree, rolled up. */
  public async compliance(user: SignedInUser, request: ReportRequest): Promise<object> {
    return this.page(user, request, async (subject) => ({ title: 'Báo cáo tuân thủ', rows: await this.reports.summary(subject) }));
  }

  /** The first PEOPLE_ON_PAGE people by name; the files carry the whole list. */
  public async people(user: SignedInUser, request: ReportRequest): Promise<object> {
    return this.page(user, request, async (subject) => {
      const people = await this.reports.firstPeople(subject, PEOPLE_ON_PAGE);
      return { title: 'Danh sách cán bộ theo trạng thái', people, truncated: people.length >= PEOPLE_ON_PAGE };
    });
  }

  /** Scope first (the subject), then the page's own rows, then the filter options. */
  private async page(user: SignedInUser, request: ReportRequest, rows: (subject: ReportSubject) => Promise<object>): Promise<object> {
    const subject = await this.reports.subject(user, request);
    return { ...(await rows(subject)), ...(await this.filters(user, request, subject)) };
  }

  private async filters(user: SignedInUser, request: ReportRequest, subject: ReportSubject): Promise<object> {
    return {
      filters: {
        courses: (await this.courses.options()).map((course) => ({ ...course, selected: course.code === request.course })),
        departments: (await this.departments.overviewFor(user)).map((unit) => ({ ...unit, selected: unit.code === request.department })),
      },
      query: new URLSearchParams(clean(request)).toString(),
      subject,
    };
  }
}

function clean(request: ReportRequest): Record<string, string> {
  return Object.fromEntries(Object.entries({ department: request.department, course: request.course }).filter(([, value]) => typeof value === 'string' && value !== '')) as Record<string, string>;
}
