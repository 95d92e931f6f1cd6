import { CreateDepartments1764000000000 } from './1764000000000-CreateDepartments';
import { CreateUsers1764000001000 } from './1764000001000-CreateUsers';
import { CreateSessions1764000002000 } from './1764000002000-CreateSessions';
import { CreateAuditEvents1764000003000 } from './1764000003000-CreateAuditEvents';
import { CreateLoginRateLimits1764000004000 } from './1764000004000-CreateLoginRateLimits';
import { CreateCourses1764000005000 } from './1764000005000-CreateCourses';
import { CreateCourseVersions1764000006000 } from './1764000006000-CreateCourseVersions';
import { CreateLessons1764000007000 } from './1764000007000-CreateLessons';
import { CreateQuestions1764000008000 } from './1764000008000-CreateQuestions';
import { CreateLessonReads1764000009000 } from './1764000009000-CreateLessonReads';
import { CreateAttempts1764000010000 } from './1764000010000-CreateAttempts';
import { CreateAttemptQuestions1764000011000 } from './1764000011000-CreateAttemptQuestions';
import { CreateCertificates1764000012000 } from './1764000012000-CreateCertificates';
import { CreateSettings1764000013000 } from './1764000013000-CreateSettings';
import { CreateImportUploads1764000014000 } from './1764000014000-CreateImportUploads';
import { CreateAssignments1764000015000 } from './1764000015000-CreateAssignments';
import { CreateComplianceRecords1764000016000 } from './1764000016000-CreateComplianceRecords';
import { CreateNotices1764000017000 } from './1764000017000-CreateNotices';
import { AddReviewPolicyToCourseVersions1764000018000 } from './1764000018000-AddReviewPolicyToCourseVersions';
import { AddRuleToQuestions1764000019000 } from './1764000019000-AddRuleToQuestions';
import { AddQuestionIndexToAttemptQuestions1764000020000 } from './1764000020000-AddQuestionIndexToAttemptQuestions';
import { AddAuditEventChainSeq1764000030000 } from './1764000030000-AddAuditEventChainSeq';
import { AddAuditEventChainHash1764000031000 } from './1764000031000-AddAuditEventChainHash';
import { IndexAuditEventChainSeq1764000032000 } from './1764000032000-IndexAuditEventChainSeq';
import { CreateAuditChainHeads1764000033000 } from './1764000033000-CreateAuditChainHeads';
import { CreatePasswordHistory1764000034000 } from './1764000034000-CreatePasswordHistory';
import { AddUserDeactivatedAt1764000035000 } from './1764000035000-AddUserDeactivatedAt';
import { AddUserAnonymisedAt1764000036000 } from './1764000036000-AddUserAnonymisedAt';
import { AddUserLocalLoginDisabled1764000040000 } from './1764000040000-AddUserLocalLoginDisabled';
import { AddUserNameSortKey1764000041000 } from './1764000041000-AddUserNameSortKey';
import { CreateDrillCampaigns1764000050000 } from './1764000050000-CreateDrillCampaigns';
import { CreateDrillRecipients1764000051000 } from './1764000051000-CreateDrillRecipients';
import { CreateDrillReports1764000052000 } from './1764000052000-CreateDrillReports';
import { CreateDrillDepartmentCounts1764000053000 } from './1764000053000-CreateDrillDepartmentCounts';
import { AddAssignmentUser1764000054000 } from './1764000054000-AddAssignmentUser';
import { CreateComplianceCounts1764000055000 } from './1764000055000-CreateComplianceCounts';

/** Every migration in order; listed explicitly so that the build, the CLI and jest load the same set. */
export const migrations = [
  CreateDepartments1764000000000,
  CreateUsers1764000001000,
  CreateSessions1764000002000,
  CreateAuditEvents1764000003000,
  CreateLoginRateLimits1764000004000,
  CreateCourses1764000005000,
  CreateCourseVersions1764000006000,
  CreateLessons1764000007000,
  CreateQuestions1764000008000,
  CreateLessonReads1764000009000,
  CreateAttempts1764000010000,
  CreateAttemptQuestions1764000011000,
  CreateCertificates1764000012000,
  CreateSettings1764000013000,
  CreateImportUploads1764000014000,
  CreateAssignments1764000015000,
  CreateComplianceRecords1764000016000,
  CreateNotices1764000017000,
  AddReviewPolicyToCourseVersions1764000018000,
  AddRuleToQuestions1764000019000,
  AddQuestionIndexToAttemptQuestions1764000020000,
  AddAuditEventChainSeq1764000030000,
  AddAuditEventChainHash1764000031000,
  IndexAuditEventChainSeq1764000032000,
  CreateAuditChainHeads1764000033000,
  CreatePasswordHistory1764000034000,
  AddUserDeactivatedAt1764000035000,
  AddUserAnonymisedAt1764000036000,
  AddUserLocalLoginDisabled1764000040000,
  AddUserNameSortKey1764000041000,
  CreateDrillCampaigns1764000050000,
  CreateDrillRecipients1764000051000,
  CreateDrillReports1764000052000,
  CreateDrillDepartmentCounts1764000053000,
  AddAssignmentUser1764000054000,
  CreateComplianceCounts1764000055000,
];
