import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { SignedInUser } from '../access/signed-in-user';
import { certificateStatus } from '../certificates/certificate-status';
import { Certificate } from '../certificates/certificate.entity';
import { ComplianceRecord } from '../compliance/compliance-record.entity';
import { Course } from '../courses/course.entity';
import { LessonRead } from '../courses/lesson-read.entity';
import { Lesson } from '../courses/lesson.entity';
import { Department } from '../departments/department.entity';
import { DrillRecipient } from '../drills/drill-recipient.entity';
import { DrillReport } from '../drills/drill-report.entity';
import { Notice } from '../reminders/notice.entity';
import { User } from '../users/user.entity';
import { attemptAnswers, PersonalData, profileOf } from './personal-data';

/**
 * Everything the portal holds about one person (Luật 91/2025/QH15: the right to know and to a
 * copy). Only ever for the person signed in: there is no id to pass, so no one else's data.
 */
@Injectable()
export class PersonalDataService {
  public constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  public async collectFor(viewer: SignedInUser, now = new Date()): Promise<PersonalData> {
    const id = viewer.id;
    const person = await this.dataSource.getRepository(User).findOneOrFail({ where: { id }, relations: { department: true } });
    const [records, attempts, certificates, notices, reads, courses] = await Promise.all([
      this.dataSource.getRepository(ComplianceRecord).find({ where: { userId: id }, order: { courseId: 'ASC', cycle: 'ASC' } }),
      this.dataSource.getRepository(Attempt).find({ where: { userId: id }, relations: { courseVersion: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(Certificate).find({ where: { userId: id }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(Notice).find({ where: { userId: id }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(LessonRead).find({ where: { userId: id }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(Course).find(),
    ]);
    const courseCode = new Map(courses.map((course) => [course.id, course.code]));
    const departments = await this.departmentsById(records.map((record) => record.departmentId));
    return {
      generatedAt: now.toISOString(),
      profile: profileOf(person),
      departmentHistory: departmentHistory(records, departments),
      trainingRecords: records.map((record) => ({
        course: courseCode.get(record.courseId) ?? String(record.courseId),
        cycle: record.cycle,
        current: record.current,
        assigned: record.assigned,
        status: record.status,
        assignedAt: record.assignedAt.toISOString(),
        dueDate: record.dueDate,
        department: departments.get(record.departmentId)?.code ?? null,
        bestScore: record.bestScore,
        completedAt: record.completedAt?.toISOString() ?? null,
        certificateSerial: record.certificateSerial,
        expiresAt: record.expiresAt?.toISOString() ?? null,
      })),
      attempts: await this.attemptsWithAnswers(attempts, courseCode),
      certificates: certificates.map((certificate) => ({
        serial: certificate.serial,
        course: courseCode.get(certificate.courseId) ?? String(certificate.courseId),
        scorePercent: certificate.scorePercent,
        issuedAt: certificate.issuedAt.toISOString(),
        expiresAt: certificate.expiresAt?.toISOString() ?? null,
        status: certificateStatus(certificate, now),
        revokedReason: certificate.revokedReason,
      })),
      notices: notices.map((notice) => ({
        createdAt: notice.createdAt.toISOString(),
        title: notice.title,
        body: notice.body,
        readAt: notice.readAt?.toISOString() ?? null,
        emailedAt: notice.emailedAt?.toISOString() ?? null,
      })),
      lessonsRead: await this.lessonsRead(reads),
      ...(await this.drillsOf(id)),
      auditEvents: await this.auditEventsOf(person),
    };
  }

  private async drillsOf(userId: number): Promise<Pick<PersonalData, 'drills' | 'reportedMessages'>> {
    const [received, reported] = await Promise.all([
      this.dataSource.getRepository(DrillRecipient).find({ where: { userId }, relations: { campaign: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(DrillReport).find({ where: { userId }, order: { id: 'ASC' } }),
    ]);
    const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
    return {
      drills: received.map((row) => ({
        campaign: row.campaign!.name,
        sentAt: iso(row.sentAt),
        clickedAt: iso(row.clickedAt),
        dataEnteredAt: iso(row.dataEnteredAt),
        reportedAt: iso(row.reportedAt),
        remedialAssignedAt: iso(row.remedialAssignedAt),
      })),
      reportedMessages: reported.map((report) => ({ createdAt: report.createdAt.toISOString(), text: report.text })),
    };
  }

  private async departmentsById(ids: number[]): Promise<Map<number, Department>> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await this.dataSource.getRepository(Department).findBy({ id: In(unique) }) : [];
    return new Map(found.map((department) => [department.id, department]));
  }

  private async attemptsWithAnswers(attempts: Attempt[], courseCode: Map<number, string>): Promise<PersonalData['attempts']> {
    const ids = attempts.map((attempt) => attempt.id);
    const questions = ids.length
      ? await this.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId: In(ids) }, relations: { question: true }, order: { attemptId: 'ASC', position: 'ASC' } })
      : [];
    return attempts.map((attempt) => ({
      id: attempt.id,
      course: courseCode.get(attempt.courseId) ?? String(attempt.courseId),
      version: attempt.courseVersion?.version ?? null,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      scorePercent: attempt.scorePercent,
      passed: attempt.passed,
      answers: attemptAnswers(questions.filter((item) => item.attemptId === attempt.id)),
    }));
  }

  private async lessonsRead(reads: LessonRead[]): Promise<PersonalData['lessonsRead']> {
    const lessons = reads.length ? await this.dataSource.getRepository(Lesson).findBy({ id: In(reads.map((read) => read.lessonId)) }) : [];
    const title = new Map(lessons.map((lesson) => [lesson.id, lesson.title]));
    return reads.map((read) => ({ lesson: title.get(read.lessonId) ?? String(read.lessonId), readAt: read.readAt.toISOString() }));
  }

  /** Events the person did (or tried under their sign-in name), and events about them. */
  private async auditEventsOf(person: User): Promise<PersonalData['auditEvents']> {
    const events = await this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where(
        new Brackets((where) =>
          where
            .where('event.actorId = :id', { id: person.id })
            .orWhere('(event.actorId IS NULL AND event.actorName = :username)', { username: person.username })
            .orWhere("(event.targetType = 'user' AND event.targetId = :target)", { target: String(person.id) }),
        ),
      )
      .orderBy('event.id', 'ASC')
      .getMany();
    return events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      action: event.action,
      ip: event.ip,
      target: event.targetType ? `${event.targetType} ${event.targetId}` : null,
      details: event.details,
    }));
  }
}

function departmentHistory(records: ComplianceRecord[], departments: Map<number, Department>): PersonalData['departmentHistory'] {
  const seen = new Map<number, { code: string; name: string; firstSeen: string; lastSeen: string }>();
  for (const record of [...records].sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime())) {
    const department = departments.get(record.departmentId);
    if (!department) continue;
    const at = record.assignedAt.toISOString();
    const entry = seen.get(department.id) ?? { code: department.code, name: department.name, firstSeen: at, lastSeen: at };
    entry.lastSeen = at;
    seen.set(department.id, entry);
  }
  return [...seen.values()];
}
