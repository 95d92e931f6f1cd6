import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { departmentScope, scopeIncludesDepartment } from '../access/access-scope';
import { SignedInUser } from '../access/signed-in-user';
import { certificateStatus } from '../certificates/certificate-status';
import { Certificate } from '../certificates/certificate.entity';
import { Course } from '../courses/course.entity';
import { User } from '../users/user.entity';
import { ComplianceRecord } from './compliance-record.entity';

/** Everything a person did for each course, cycle by cycle: kept forever and auditable. */
@Injectable()
export class PersonHistoryService {
  public constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person themselves, heads over their department, HR and admins; anyone else gets 404. */
  public async historyOf(viewer: SignedInUser, employeeCode: string): Promise<object> {
    const person = await this.dataSource.getRepository(User).findOne({ where: { employeeCode }, relations: { department: true } });
    if (!person || (person.id !== viewer.id && !scopeIncludesDepartment(departmentScope(viewer), person.department!.path))) {
      throw new NotFoundException('Không tìm thấy cán bộ.');
    }
    const [records, attempts, certificates, courses] = await Promise.all([
      this.dataSource.getRepository(ComplianceRecord).find({ where: { userId: person.id }, order: { courseId: 'ASC', cycle: 'DESC' } }),
      this.dataSource.getRepository(Attempt).find({ where: { userId: person.id }, relations: { courseVersion: true }, order: { startedAt: 'DESC', id: 'DESC' } }),
      this.dataSource.getRepository(Certificate).find({ where: { userId: person.id }, order: { issuedAt: 'DESC', id: 'DESC' } }),
      this.dataSource.getRepository(Course).find(),
    ]);
    const courseCode = new Map(courses.map((course) => [course.id, course.code]));
    return {
      person,
      records: records.map((record) => ({ ...record, courseCode: courseCode.get(record.courseId) })),
      attempts: attempts.map((attempt) => ({ ...attempt, courseCode: courseCode.get(attempt.courseId) })),
      certificates: certificates.map((certificate) => ({ ...certificate, courseCode: courseCode.get(certificate.courseId), status: certificateStatus(certificate) })),
    };
  }
}
