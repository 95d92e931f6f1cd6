import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Like, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { departmentScope, scopeIncludesDepartment } from '../access/access-scope';
import { requireRole, requireScope } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { Department } from '../departments/department.entity';
import { Role } from '../access/role';
import { CertificateData, SignedCertificate } from './certificate-data';
import { CertificateIssuerService } from './certificate-issuer.service';
import { renderCertificatePdf } from './certificate-pdf';
import { normaliseSerial } from './certificate-serial';
import { certificateStatus, CertificateStatus } from './certificate-status';
import { Certificate } from './certificate.entity';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';

export interface CertificateView {
  certificate: Certificate;
  data: CertificateData;
  status: CertificateStatus;
}

/** Public answer of the verification page: nothing about the person beyond name and course. */
export interface VerificationResult {
  serial: string;
  status: CertificateStatus;
  /** Null once the holder was anonymised: the certificate is then reported as withdrawn, naming no one. */
  holderName: string | null;
  withdrawn: boolean;
  courseTitle: string;
  issuedOn: string;
  expiresOn: string | null;
  revokedAt: Date | null;
}

@Injectable()
export class CertificatesService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly issuer: CertificateIssuerService,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
    private readonly audit: AuditService,
  ) {}

  /** The certificate a passing attempt earned, for its result page. */
  public async findForAttempt(user: SignedInUser, attemptId: number): Promise<Certificate | null> {
    return this.certificates.findOne({ where: { attemptId, userId: user.id }, order: { id: 'DESC' } });
  }

  public async listOwn(user: SignedInUser): Promise<CertificateView[]> {
    const own = await this.certificates.find({ where: { userId: user.id }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return own.map(toView);
  }

  /** Certificates of the people now in a department and its sub-departments. */
  public async listForDepartment(user: SignedInUser, department: Department): Promise<CertificateView[]> {
    requireDepartmentReader(user, department);
    const found = await this.certificates.find({
      where: { user: { department: { path: Like(`${department.path}%`) } } },
      relations: { user: { department: true } },
      order: { issuedAt: 'DESC', id: 'DESC' },
    });
    return found.map(toView);
  }

  /** Pages of a department subtree's certificates for the ZIP export, oldest first. */
  public async *signedPagesForDepartment(user: SignedInUser, department: Department, pageSize = 100): AsyncGenerator<SignedCertificate[]> {
    requireDepartmentReader(user, department);
    for (let skip = 0; ; skip += pageSize) {
      const page = await this.certificates.find({
        where: { user: { department: { path: Like(`${department.path}%`) } } },
        order: { id: 'ASC' },
        skip,
        take: pageSize,
      });
      if (page.length === 0) return;
      yield page.map(signedOf);
    }
  }

  public async recordExport(user: SignedInUser, department: Department, ip: string): Promise<void> {
    requireDepartmentReader(user, department);
    const count = await this.certificates.countBy({ user: { department: { path: Like(`${department.path}%`) } } });
    await this.audit.record({ action: AuditAction.CertificatesExported, actor: user, ip, target: { type: 'department', id: department.code }, details: { certificates: count } });
  }

  /** The holder, HR and admins, and heads over the holder's department may read it; anyone else gets 404. */
  public async findReadable(user: SignedInUser, serialInput: string): Promise<CertificateView> {
    const serial = normaliseSerial(serialInput);
    const certificate = serial ? await this.certificates.findOne({ where: { serial }, relations: { user: { department: true } } }) : null;
    const holderPath = certificate?.user?.department?.path ?? '';
    if (!certificate || (certificate.userId !== user.id && !scopeIncludesDepartment(departmentScope(user), holderPath))) {
      throw new NotFoundException('Không tìm thấy giấy chứng nhận.');
    }
    return toView(certificate);
  }

  /** The PDF, rendered from the signed snapshot alone: identical bytes at every download. */
  public async pdf(view: CertificateView): Promise<Buffer> {
    return renderCertificatePdf(signedOf(view.certificate));
  }

  public async verify(serialInput: string): Promise<VerificationResult | null> {
    const serial = normaliseSerial(serialInput);
    const certificate = serial ? await this.certificates.findOne({ where: { serial }, relations: { user: true } }) : null;
    if (!certificate) return null;
    const { data, status } = toView(certificate);
    if (certificate.user?.anonymisedAt) {
      return {
        serial: data.serial,
        status: 'revoked',
        holderName: null,
        withdrawn: true,
        courseTitle: data.course.title,
        issuedOn: data.issuedOn,
        expiresOn: null,
        revokedAt: certificate.revokedAt ?? certificate.user.anonymisedAt,
      };
    }
    return {
      serial: data.serial,
      status,
      holderName: data.holder.fullName,
      withdrawn: false,
      courseTitle: data.course.title,
      issuedOn: data.issuedOn,
      expiresOn: data.expiresOn,
      revokedAt: certificate.revokedAt,
    };
  }

  public async revoke(admin: SignedInUser, serialInput: string, reason: string, ip: string): Promise<void> {
    requireRole(admin, [Role.Admin]);
    const cleanReason = reason.normalize('NFC').trim();
    if (cleanReason.length < 5) throw new BadRequestException('Nhập lý do thu hồi (ít nhất 5 ký tự).');
    const { certificate } = await this.findReadable(admin, serialInput);
    if (certificate.revokedAt) throw new BadRequestException('Giấy chứng nhận này đã bị thu hồi trước đó.');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Certificate, { id: certificate.id }, { revokedAt: new Date(), revokedReason: cleanReason.slice(0, 500), revokedById: admin.id });
      await this.compliance.syncLearners(manager, certificate.courseId, [certificate.userId]);
      await this.audit.record({ action: AuditAction.CertificateRevoked, actor: admin, ip, target: { type: 'certificate', id: certificate.serial }, details: { reason: cleanReason } }, manager);
    });
  }

  /** Replaces a certificate with one rendered from today's data (e.g. a corrected name); the old one is revoked. */
  public async reissue(admin: SignedInUser, serialInput: string, ip: string): Promise<Certificate> {
    requireRole(admin, [Role.Admin]);
    const { certificate } = await this.findReadable(admin, serialInput);
    if (certificate.revokedAt) throw new BadRequestException('Không thể cấp lại từ một giấy chứng nhận đã thu hồi.');
    return this.dataSource.transaction(async (manager) => {
      const attempt = { id: certificate.attemptId, userId: certificate.userId, courseVersionId: certificate.courseVersionId, scorePercent: certificate.scorePercent };
      const replacement = await this.issuer.issue(manager, attempt, admin, new Date(), ip);
      await manager.update(Certificate, { id: certificate.id }, { revokedAt: new Date(), revokedReason: `Đã cấp lại: ${replacement.serial}`, revokedById: admin.id });
      await this.compliance.syncLearners(manager, certificate.courseId, [certificate.userId]);
      await this.audit.record(
        { action: AuditAction.CertificateReissued, actor: admin, ip, target: { type: 'certificate', id: certificate.serial }, details: { replacement: replacement.serial } },
        manager,
      );
      return replacement;
    });
  }
}

function requireDepartmentReader(user: SignedInUser, department: Department): void {
  requireRole(user, [Role.Head, Role.Hr, Role.Admin]);
  requireScope(user, department.path);
}

function signedOf(certificate: Certificate): SignedCertificate {
  return { data: JSON.parse(certificate.data) as CertificateData, signature: certificate.signature };
}

function toView(certificate: Certificate): CertificateView {
  return { certificate, data: signedOf(certificate).data, status: certificateStatus(certificate) };
}
