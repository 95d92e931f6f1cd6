import { Injectable } from '@nestjs/common';
import { Response } from 'express';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { SettingsService } from '../settings/settings.service';
import { writeComplianceCsv, writePeopleCsv } from './export/compliance-csv';
import { writeCompliancePdf } from './export/compliance-pdf';
import { ExportFormat, exportHeaders, ExportReport } from './export/export-content-types';
import { writeComplianceXlsx, writePeopleXlsx } from './export/compliance-xlsx';
import { ReportMeta } from './report-rows';
import { ReportRequest, ReportsService, ReportSubject } from './reports.service';

/** Streams a report file; every export is audited before its first byte. */
@Injectable()
export class ReportExportService {
  public constructor(
    private readonly reports: ReportsService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  /** Scope first (the subject), then the audit row, then the file. */
  public async send(user: SignedInUser, request: ReportRequest, fileName: string, response: Response, ip: string): Promise<void> {
    const subject = await this.reports.subject(user, request);
    const [kind, format] = fileName.split('.') as [ExportReport, ExportFormat];
    await this.audit.record({
      action: AuditAction.ReportExported,
      actor: user,
      ip,
      target: { type: 'report', id: fileName },
      details: { department: subject.department?.code ?? null, course: subject.course?.code ?? null },
    });
    response.set(exportHeaders(kind, format, new Date()));
    if (kind === 'people') {
      const rows = this.reports.people(subject);
      return format === 'csv' ? writePeopleCsv(rows, response) : writePeopleXlsx(rows, await this.meta(user, subject), response);
    }
    const rows = await this.reports.summary(subject);
    if (format === 'csv') return writeComplianceCsv(rows, response);
    return format === 'xlsx' ? writeComplianceXlsx(rows, await this.meta(user, subject), response) : writeCompliancePdf(rows, await this.meta(user, subject), response);
  }

  private async meta(user: SignedInUser, subject: ReportSubject): Promise<ReportMeta> {
    const issuer = await this.settings.certificateIssuer();
    return {
      parentAgency: issuer.parentAgency,
      agency: issuer.agency,
      place: issuer.place,
      generatedAt: new Date(),
      departmentLabel: subject.department?.name ?? 'Toàn tổ chức',
      courseLabel: subject.courseTitle ?? 'Tất cả khóa học',
      preparedBy: user.fullName,
    };
  }
}
