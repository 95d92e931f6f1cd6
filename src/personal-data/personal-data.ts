import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { User } from '../users/user.entity';

/** The copy of a person's data, as the page shows it and the JSON download carries it. */
export interface PersonalData {
  generatedAt: string;
  profile: {
    employeeCode: string;
    username: string;
    fullName: string;
    email: string | null;
    position: string | null;
    role: string;
    department: { code: string; name: string } | null;
    active: boolean;
    /** The password itself is never kept, only a one-way hash: the copy says so rather than showing it. */
    password: string;
    passwordChangedAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  departmentHistory: Array<{ code: string; name: string; firstSeen: string; lastSeen: string }>;
  trainingRecords: Array<{
    course: string;
    cycle: number;
    current: boolean;
    assigned: boolean;
    status: string;
    assignedAt: string;
    dueDate: string;
    department: string | null;
    bestScore: number | null;
    completedAt: string | null;
    certificateSerial: string | null;
    expiresAt: string | null;
  }>;
  attempts: Array<{
    id: number;
    course: string;
    version: number | null;
    status: string;
    startedAt: string;
    submittedAt: string | null;
    scorePercent: number | null;
    passed: boolean | null;
    answers: AnswerCopy[];
  }>;
  certificates: Array<{ serial: string; course: string; scorePercent: number; issuedAt: string; expiresAt: string | null; status: string; revokedReason: string | null }>;
  notices: Array<{ createdAt: string; title: string; body: string; readAt: string | null; emailedAt: string | null }>;
  lessonsRead: Array<{ lesson: string; readAt: string }>;
  /** Phishing drills the person received and what they did; reduced campaigns keep no per-person row. */
  drills: Array<{ campaign: string; sentAt: string | null; clickedAt: string | null; dataEnteredAt: string | null; reportedAt: string | null; remedialAssignedAt: string | null }>;
  reportedMessages: Array<{ createdAt: string; text: string }>;
  auditEvents: Array<{ occurredAt: string; action: string; ip: string | null; target: string | null; details: Record<string, unknown> | null }>;
}

export interface AnswerCopy {
  position: number;
  question: string;
  chosen: string[];
  correct: boolean | null;
}

export function profileOf(person: User): PersonalData['profile'] {
  return {
    employeeCode: person.employeeCode,
    username: person.username,
    fullName: person.fullName,
    email: person.email,
    position: person.position,
    role: person.role,
    department: person.department ? { code: person.department.code, name: person.department.name } : null,
    active: person.active,
    password: person.passwordHash ? 'đã đặt (chỉ lưu dạng băm một chiều, không ai đọc được)' : 'chưa đặt',
    passwordChangedAt: person.passwordChangedAt?.toISOString() ?? null,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}

/** Each drawn question with the texts of the options the person chose, in the order shown. */
export function attemptAnswers(questions: AttemptQuestion[]): AnswerCopy[] {
  return questions.map((item) => {
    const options = new Map((item.question?.options ?? []).map((option) => [option.id, option.text]));
    return {
      position: item.position,
      question: item.question?.text ?? '',
      chosen: (item.answer ?? []).map((id) => options.get(id) ?? id),
      correct: item.isCorrect,
    };
  });
}
