import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { QuestionType } from '../courses/content/course-content';
import { Role } from '../access/role';
import { CsvFile, itemAnalysisCsv } from './item-analysis-csv';
import { ItemAnalysisRepository, QuestionSummary } from './item-analysis.repository';
import { analyseQuestion, answerRowsByQuestion, QuestionAnalysis } from './item-statistics';
import { requireRole } from '../access/require-access';

export interface ItemRow extends QuestionAnalysis {
  questionKey: string;
  type: QuestionType;
  text: string;
  correct: string[];
}

export interface VersionItems {
  version: number;
  title: string;
  current: boolean;
  submittedAttempts: number;
  items: ItemRow[];
}

export interface CourseItemAnalysis {
  code: string;
  title: string;
  submittedAttempts: number;
  /** Newest first. */
  versions: VersionItems[];
}

/** Item analysis for course authors (product.md §3): admins only, computed in the database. */
@Injectable()
export class ItemAnalysisService {
  public constructor(
    private readonly items: ItemAnalysisRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every question of every version of the course with its indices; 404 for an unknown course. */
  public async analyse(user: SignedInUser, code: string): Promise<CourseItemAnalysis> {
    requireRole(user, [Role.Admin]);
    const course = await this.items.findCourseByCode(code);
    if (!course) throw new NotFoundException('Không tìm thấy khóa học.');
    const versions = await this.items.versionsNewestFirst(course.id);
    const questions = await this.items.questionsOfVersions(versions.map((version) => version.id));
    const questionIds = questions.map((question) => question.id);
    const [counts, wrongAnswers, submitted] = await Promise.all([
      this.items.questionCounts(course.id, questionIds),
      this.items.wrongAnswerCounts(questionIds),
      this.items.submittedAttemptsByVersion(course.id),
    ]);
    const wrongByQuestion = answerRowsByQuestion(wrongAnswers);
    const row = (question: QuestionSummary): ItemRow => ({
      questionKey: question.questionKey,
      type: question.type,
      text: question.text,
      correct: question.correct,
      ...analyseQuestion(question, counts.get(question.id), wrongByQuestion.get(question.id)),
    });
    const current = versions.find((version) => version.id === course.currentVersionId) ?? versions[0];
    return {
      code: course.code,
      title: current?.title ?? course.code,
      submittedAttempts: [...submitted.values()].reduce((sum, value) => sum + value, 0),
      versions: versions.map((version) => ({
        version: version.version,
        title: version.title,
        current: version.id === course.currentVersionId,
        submittedAttempts: submitted.get(version.id) ?? 0,
        items: questions.filter((question) => question.courseVersionId === version.id).map(row),
      })),
    };
  }

  /** The analysis as a CSV file; audited once access and the course are known to be good, before any byte is sent. */
  public async exportCsv(user: SignedInUser, code: string, ip: string): Promise<CsvFile> {
    const analysis = await this.analyse(user, code);
    const generatedAt = new Date();
    await this.audit.record({
      action: AuditAction.ItemAnalysisExported,
      actor: user,
      ip,
      target: { type: 'course', id: analysis.code },
      details: { versions: analysis.versions.length, submittedAttempts: analysis.submittedAttempts },
    });
    return itemAnalysisCsv(analysis, generatedAt);
  }
}
