import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { Course } from '../courses/course.entity';
import { CoursesService } from '../courses/courses.service';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { Role, ROLES } from '../access/role';
import { Assignment } from './assignment.entity';
import { CreateAssignmentDto } from './dto/create-assignment.dto';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';

const ASSIGNERS = [Role.Hr, Role.Admin];

export interface PersonalAssignment {
  userId: number;
  courseId: number;
  dueDate: string;
  /** Why, for the audit log (e.g. "drill:12"). */
  reason: string;
}

@Injectable()
export class AssignmentsService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
    private readonly audit: AuditService,
    private readonly courses: CoursesService,
    private readonly departments: DepartmentsService,
  ) {}

  /** The assignments page: the active ones (access checked first) and what a new one may name. */
  public async page(user: SignedInUser): Promise<object> {
    return {
      assignments: await this.listActive(user),
      courses: await this.courses.options(),
      departments: await this.departments.overviewFor(user),
      roles: ROLES,
    };
  }

  public async listActive(user: SignedInUser): Promise<Assignment[]> {
    requireRole(user, ASSIGNERS);
    return this.dataSource.getRepository(Assignment).find({ where: { removedAt: IsNull(), userId: IsNull() }, relations: { course: true, department: true }, order: { dueDate: 'ASC', id: 'ASC' } });
  }

  /** Adds an assignment and enrols everyone it covers, in one transaction. */
  public async create(actor: SignedInUser, form: CreateAssignmentDto, ip: string): Promise<Assignment> {
    requireRole(actor, ASSIGNERS);
    if (!isRealDate(form.dueDate)) throw new BadRequestException('Hạn hoàn thành không phải là một ngày có thật.');
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOneBy(Course, { code: form.course });
      if (!course?.currentVersionId) throw new BadRequestException('Không tìm thấy khóa học.');
      const department = form.department ? await manager.findOneBy(Department, { code: form.department }) : null;
      if (form.department && !department) throw new BadRequestException('Không tìm thấy đơn vị.');
      const assignment = await manager.save(
        manager.create(Assignment, {
          courseId: course.id,
          departmentId: department?.id ?? null,
          includeSubdepartments: form.includeSubdepartments,
          userId: null,
          role: (form.role || null) as Role | null,
          dueDate: form.dueDate,
          createdAt: new Date(),
          createdById: actor.id,
          removedAt: null,
          removedById: null,
        }),
      );
      await this.compliance.syncCourse(manager, course.id);
      await this.audit.record(
        {
          action: AuditAction.AssignmentCreated,
          actor,
          ip,
          target: { type: 'assignment', id: assignment.id },
          details: { course: course.code, department: department?.code ?? null, includeSubdepartments: form.includeSubdepartments, role: form.role || null, dueDate: form.dueDate },
        },
        manager,
      );
      return assignment;
    });
  }

  /**
   * Assigns a course to one person (a drill's remedial course), inside the caller's transaction
   * so that it commits with the event that caused it. The caller has checked who may do this.
   */
  public async assignPerson(manager: EntityManager, personal: PersonalAssignment): Promise<Assignment> {
    const assignment = await manager.save(
      manager.create(Assignment, {
        courseId: personal.courseId,
        departmentId: null,
        includeSubdepartments: false,
        userId: personal.userId,
        role: null,
        dueDate: personal.dueDate,
        createdAt: new Date(),
        createdById: null,
        removedAt: null,
        removedById: null,
      }),
    );
    await this.compliance.syncLearners(manager, personal.courseId, [personal.userId]);
    await this.audit.record(
      {
        action: AuditAction.AssignmentCreated,
        target: { type: 'assignment', id: assignment.id },
        details: { courseId: personal.courseId, userId: personal.userId, dueDate: personal.dueDate, reason: personal.reason },
      },
      manager,
    );
    return assignment;
  }

  /** Ends an assignment; the people's ledger rows stay as history. */
  public async remove(actor: SignedInUser, id: number, ip: string): Promise<void> {
    requireRole(actor, ASSIGNERS);
    await this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(Assignment, { where: { id, removedAt: IsNull() }, relations: { course: true } });
      if (!assignment) throw new NotFoundException('Không tìm thấy phân công.');
      await manager.update(Assignment, { id }, { removedAt: new Date(), removedById: actor.id });
      await this.compliance.syncCourse(manager, assignment.courseId);
      await this.audit.record({ action: AuditAction.AssignmentRemoved, actor, ip, target: { type: 'assignment', id }, details: { course: assignment.course!.code } }, manager);
    });
  }
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
