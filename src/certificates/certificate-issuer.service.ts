import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { AppConfig } from '../config/app-config';
import { CourseVersion } from '../courses/course-version.entity';
import { SettingsService } from '../settings/settings.service';
import { User } from '../users/user.entity';
import { CertificateData } from './certificate-data';
import { PassedAttempt } from './passed-attempt';
import { addMonths, endOfValidity } from './certificate-dates';
import { vietnamDate } from '../common/vietnam-dates';
import { newCertificateSerial } from './certificate-serial';
import { canonicalCertificateJson, certificateSha256 } from './certificate-signature';
import { CertificateSigner } from './certificate-signer';
import { Certificate } from './certificate.entity';

/** Creates certificates: on a passing attempt (inside its transaction) and on an audited re-issue. */
@Injectable()
export class CertificateIssuerService {
  public constructor(
    private readonly config: AppConfig,
    private readonly signer: CertificateSigner,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  /** Issues for a passing attempt unless the person already holds a valid one for that course version. */
  public async issueForPassedAttempt(manager: EntityManager, attempt: PassedAttempt, ip: string | null = null): Promise<Certificate | null> {
    const now = new Date();
    const valid = await manager.findOne(Certificate, {
      where: [
        { userId: attempt.userId, courseVersionId: attempt.courseVersionId, revokedAt: IsNull(), expiresAt: IsNull() },
        { userId: attempt.userId, courseVersionId: attempt.courseVersionId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      ],
    });
    return valid ? null : this.issue(manager, attempt, null, new Date(), ip);
  }

  /**
   * Snapshots the holder, course and issuer as they are now, signs the snapshot and stores it.
   * `issuedAt` is earlier than now only when recording training completed before (demo history).
   * `ip` is the address of the request that led to the issue, for the audit log's "from where".
   */
  public async issue(manager: EntityManager, attempt: PassedAttempt, actor: SignedInUser | null, issuedAt = new Date(), ip: string | null = null): Promise<Certificate> {
    const holder = await manager.findOneOrFail(User, { where: { id: attempt.userId }, relations: { department: true } });
    const version = await manager.findOneOrFail(CourseVersion, { where: { id: attempt.courseVersionId }, relations: { course: true } });
    const issuer = await this.settings.certificateIssuer(manager);
    const issuedOn = vietnamDate(issuedAt);
    const expiresOn = version.validityMonths > 0 ? addMonths(issuedOn, version.validityMonths) : null;
    const serial = newCertificateSerial();
    const data: CertificateData = {
      format: 1,
      serial,
      holder: { fullName: holder.fullName, employeeCode: holder.employeeCode, department: holder.department!.name },
      course: { code: version.course!.code, title: version.title, version: version.version },
      scorePercent: attempt.scorePercent ?? 0,
      issuedOn,
      expiresOn,
      issuer,
      verifyUrl: `${this.config.publicUrl}/verify/${serial}`,
    };
    const certificate = await manager.save(
      manager.create(Certificate, {
        serial,
        userId: holder.id,
        courseId: version.courseId,
        courseVersionId: version.id,
        attemptId: attempt.id,
        scorePercent: data.scorePercent,
        issuedAt,
        expiresAt: expiresOn ? endOfValidity(expiresOn) : null,
        data: canonicalCertificateJson(data),
        dataSha256: certificateSha256(data),
        signature: this.signer.sign(data),
        revokedAt: null,
        revokedReason: null,
        revokedById: null,
      }),
    );
    await this.audit.record(
      {
        action: AuditAction.CertificateIssued,
        actor,
        actorName: holder.username,
        ip,
        target: { type: 'certificate', id: serial },
        details: { attempt: attempt.id, course: data.course.code },
      },
      manager,
    );
    return certificate;
  }
}
