import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Like } from 'typeorm';
import { Role } from '../access/role';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { Course } from '../courses/course.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { readFromReplica } from '../database/read-replica';
import { countsByDepartment, firstPeopleByName, LedgerPersonRow, overdueInSubtree, OverduePerson, pagePeople } from '../compliance/ledger-queries';
import { DepartmentComplianceRow, PersonComplianceRow } from './report-rows';
import { rollUp } from './roll-up';
import { vietnamDate } from '../common/vietnam-dates';

export interface ReportRequest {
  department?: string;
  course?: string;
}

/** The resolved, scope-checked subject of a report. */
export interface ReportSubject {
  /** Null for HR/admin over the whole organisation. */
  department: Department | null;
  pathPrefix: string;
  course: Course | null;
  courseTitle: string | null;
}

const PEOPLE_PAGE = 1000;

@Injectable()
export class ReportsService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
  ) {}

  /** Scope first: a head's report is their subtree; a department outside it answers 404. */
  public async subject(user: SignedInUser, request: ReportRequest): Promise<ReportSubject> {
    requireRole(user, [Role.Head, Role.Hr, Role.Admin]);
    const code = request.department || (user.role === Role.Head ? await this.ownDepartmentCode(user) : '');
    const department = code ? await this.departments.findVisibleByCode(user, code) : null;
    const course = request.course ? await this.dataSource.getRepository(Course).findOneBy({ code: request.course }) : null;
    // An unknown course used to fall back silently to every course: answer like an unknown department.
    if (request.course && !course) throw new NotFoundException('Không tìm thấy khóa học.');
    const version = course?.currentVersionId ? await this.dataSource.getRepository(CourseVersion).findOneBy({ id: course.currentVersionId }) : null;
    return { department, pathPrefix: department?.path ?? '/', course, courseTitle: version?.title ?? null };
  }

  /** Every department of the subject's subtree with sub-units rolled up. */
  public async summary(subject: ReportSubject, now = new Date()): Promise<DepartmentComplianceRow[]> {
    const departments = await this.dataSource.getRepository(Department).find({ where: { path: Like(`${subject.pathPrefix}%`) } });
    const counts = await readFromReplica(this.dataSource, (manager) => countsByDepartment(manager, { pathPrefix: subject.pathPrefix, courseId: subject.course?.id }, now));
    const baseDepth = subject.department ? depthOf(subject.department.path) : 1;
    const ordered = this.departments.orderAsTree(departments);
    return rollUp(
      ordered.map((department) => ({ ...department, depth: depthOf(department.path) - baseDepth })),
      counts,
    );
  }

  /** People rows in pages of a thousand, so an export never holds the whole organisation. */
  public async *people(subject: ReportSubject, now = new Date()): AsyncGenerator<PersonComplianceRow> {
    for (let after = 0; ;) {
      const page = await readFromReplica(this.dataSource, (manager) => pagePeople(manager, { pathPrefix: subject.pathPrefix, courseId: subject.course?.id }, now, after, PEOPLE_PAGE));
      for (const row of page) yield toReportRow(row);
      if (page.length < PEOPLE_PAGE) return;
      after = page[page.length - 1].id;
    }
  }

  /** The first `limit` people rows in staff-list order, sorted by the database before it limits. */
  public async firstPeople(subject: ReportSubject, limit: number, now = new Date()): Promise<PersonComplianceRow[]> {
    const people = await readFromReplica(this.dataSource, (manager) => firstPeopleByName(manager, { pathPrefix: subject.pathPrefix, courseId: subject.course?.id }, now, limit));
    return people.map(toReportRow);
  }

  /** The first `limit` overdue people of the subject's subtree in staff-list order. */
  public async overdue(subject: ReportSubject, limit: number, now = new Date()): Promise<OverduePerson[]> {
    return readFromReplica(this.dataSource, (manager) => overdueInSubtree(manager, subject.pathPrefix, now, limit));
  }

  private async ownDepartmentCode(user: SignedInUser): Promise<string> {
    return (await this.dataSource.getRepository(Department).findOneByOrFail({ id: user.departmentId })).code;
  }
}

function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

function toReportRow({ id: _id, completedAt, ...row }: LedgerPersonRow): PersonComplianceRow {
  return { ...row, completedAt: completedAt && vietnamDate(completedAt) };
}
