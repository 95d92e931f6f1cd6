import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Like } from 'typeorm';
import { Role } from '../users/role';
import { SignedInUser } from '../auth/signed-in-user';
import { Course } from '../courses/course.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { countsByDepartment, currentRecords, EFFECTIVE_STATUS } from './compliance-query';
import { DepartmentComplianceRow, PersonComplianceRow } from './report-rows';
import { rollUp } from './roll-up';
import { vietnamDate } from '../certificates/certificate-dates';

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
    const counts = await countsByDepartment(this.dataSource.manager, { pathPrefix: subject.pathPrefix, courseId: subject.course?.id }, now);
    const baseDepth = subject.department ? depthOf(subject.department.path) : 1;
    const ordered = this.departments.orderAsTree(departments);
    return rollUp(ordered.map((department) => ({ ...department, depth: depthOf(department.path) - baseDepth })), counts);
  }

  /** People rows in pages of a thousand, so an export never holds the whole organisation. */
  public async *people(subject: ReportSubject, now = new Date()): AsyncGenerator<PersonComplianceRow> {
    for (let after = 0; ; ) {
      const page = await currentRecords(this.dataSource.manager, { pathPrefix: subject.pathPrefix, courseId: subject.course?.id }, now)
        .innerJoin('users', 'person', 'person.id = record.user_id')
        .innerJoin('departments', 'department', 'department.id = record.department_id')
        .innerJoin('courses', 'course', 'course.id = record.course_id')
        .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
        .andWhere('record.id > :after', { after })
        .select(['record.id AS id', 'person.employee_code AS employeeCode', 'person.full_name AS fullName', 'department.code AS departmentCode', 'department.name AS departmentName'])
        .addSelect(['course.code AS courseCode', 'version.title AS courseTitle', `${EFFECTIVE_STATUS} AS status`, 'record.best_score AS bestScore'])
        .addSelect(['record.completed_at AS completedAt', 'record.certificate_serial AS certificateSerial', 'record.due_date AS dueDate'])
        .orderBy('record.id', 'ASC')
        .limit(PEOPLE_PAGE)
        .getRawMany<Record<string, unknown>>();
      for (const row of page) yield toPersonRow(row);
      if (page.length < PEOPLE_PAGE) return;
      after = Number(page[page.length - 1].id);
    }
  }

  private async ownDepartmentCode(user: SignedInUser): Promise<string> {
    return (await this.dataSource.getRepository(Department).findOneByOrFail({ id: user.departmentId })).code;
  }
}

function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** mysql2 returns Date objects for raw datetime columns, better-sqlite3 "YYYY-MM-DD HH:MM:SS.SSS" strings (UTC). */
function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  return typeof value === 'string' && value ? new Date(`${value.replace(' ', 'T')}Z`) : null;
}

function toPersonRow(row: Record<string, unknown>): PersonComplianceRow {
  const completedAt = toDate(row.completedAt);
  return {
    employeeCode: String(row.employeeCode),
    fullName: String(row.fullName),
    departmentCode: String(row.departmentCode),
    departmentName: String(row.departmentName),
    courseCode: String(row.courseCode),
    courseTitle: String(row.courseTitle ?? row.courseCode),
    status: row.status as PersonComplianceRow['status'],
    bestScore: row.bestScore === null || row.bestScore === undefined ? null : Number(row.bestScore),
    completedAt: completedAt && !Number.isNaN(completedAt.getTime()) ? vietnamDate(completedAt) : null,
    certificateSerial: (row.certificateSerial as string | null) ?? null,
    dueDate: String(row.dueDate),
  };
}
