import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AuditChainHead } from '../audit/audit-chain-head.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { PasswordHistoryEntry } from '../users/password-history.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Assignment } from '../compliance/assignment.entity';
import { ComplianceCount } from '../compliance/compliance-count.entity';
import { ComplianceRecord } from '../compliance/compliance-record.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Course } from '../courses/course.entity';
import { LessonRead } from '../courses/lesson-read.entity';
import { Lesson } from '../courses/lesson.entity';
import { Question } from '../courses/question.entity';
import { Department } from '../departments/department.entity';
import { DrillCampaign } from '../drills/drill-campaign.entity';
import { DrillDepartmentCount } from '../drills/drill-department-count.entity';
import { DrillRecipient } from '../drills/drill-recipient.entity';
import { DrillReport } from '../drills/drill-report.entity';
import { Notice } from '../reminders/notice.entity';
import { Session } from '../sessions/session.entity';
import { Setting } from '../settings/setting.entity';
import { ImportUploadChunk } from '../staff-import/import-upload-chunk.entity';
import { ImportUpload } from '../staff-import/import-upload.entity';
import { User } from '../users/user.entity';

/** Every entity, for the data source used by the server, the migration CLI and the tests. */
export const entities = [
  Department,
  User,
  Session,
  AuditEvent,
  AuditChainHead,
  Course,
  CourseVersion,
  Lesson,
  Question,
  LessonRead,
  Attempt,
  AttemptQuestion,
  Certificate,
  Setting,
  ImportUpload,
  ImportUploadChunk,
  Assignment,
  ComplianceRecord,
  ComplianceCount,
  Notice,
  PasswordHistoryEntry,
  DrillCampaign,
  DrillRecipient,
  DrillReport,
  DrillDepartmentCount,
];
