import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { formatProblem, loadCourses } from './content/load-courses';
import { ImportOutcome, importCourses } from './course-importer';

export type CourseImportResult = { ok: true; outcomes: ImportOutcome[] } | { ok: false; problems: string[] };

@Injectable()
export class CourseImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CourseImportService.name);

  public constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The portal keeps serving the versions it has when the files on disk are broken. */
  public async onApplicationBootstrap(): Promise<void> {
    const result = await this.importFrom(this.config.coursesDir);
    if (!result.ok) {
      this.logger.error(`Course files refused, nothing imported:\n${result.problems.join('\n')}`);
      return;
    }
    for (const outcome of result.outcomes.filter((item) => item.status !== 'unchanged')) {
      this.logger.log(`Course ${outcome.code}: version ${outcome.version} (${outcome.status})`);
    }
  }

  /** All or nothing: one invalid course refuses the whole import. */
  public async importFrom(directory: string): Promise<CourseImportResult> {
    const { courses, problems } = loadCourses(directory);
    if (problems.length > 0) {
      await this.audit.record({ action: AuditAction.CourseImportRefused, details: { problems: problems.length } });
      return { ok: false, problems: problems.map(formatProblem) };
    }
    const outcomes = await this.dataSource.transaction((manager) => importCourses(manager, courses, 'system', this.audit));
    return { ok: true, outcomes };
  }
}
