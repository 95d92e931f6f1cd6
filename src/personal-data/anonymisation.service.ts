import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { PasswordHistoryEntry } from '../auth/password-history.entity';
import { SignedInUser } from '../auth/signed-in-user';
import { CertificateData } from '../certificates/certificate-data';
import { canonicalCertificateJson, certificateSha256 } from '../certificates/certificate-signature';
import { Certificate } from '../certificates/certificate.entity';
import { AppConfig } from '../config/app-config';
import { DrillReport } from '../drills/drill-report.entity';
import { Notice } from '../reminders/notice.entity';
import { Session } from '../sessions/session.entity';
import { Role } from '../users/role';
import { searchName } from '../users/search-name';
import { User } from '../users/user.entity';
import { anonymisationRefusal, anonymisedIdentity } from './anonymisation';

/**
 * A person who has left is marked inactive; once PERSONAL_DATA_RETENTION_MONTHS have passed an
 * administrator may anonymise them: name, e-mail and codes replaced, their certificates no longer
 * name them, while attempts and ledger rows stay, so every report counts exactly as before.
 */
@Injectable()
export class AnonymisationService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  public async markLeft(admin: SignedInUser, employeeCode: string, ip: string): Promise<void> {
    const person = await this.findForAdmin(admin, employeeCode);
    if (person.id === admin.id) throw new BadRequestException('Không thể tự đánh dấu mình đã nghỉ việc.');
    if (!person.active) throw new BadRequestException('Người này đã được đánh dấu nghỉ việc.');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: person.id }, { active: false, deactivatedAt: new Date(), updatedAt: new Date() });
      await manager.delete(Session, { userId: person.id });
      await this.audit.record({ action: AuditAction.UserDeactivated, actor: admin, ip, target: { type: 'user', id: person.id } }, manager);
    });
  }

  /** Returns the person's new employee code. */
  public async anonymise(admin: SignedInUser, employeeCode: string, ip: string): Promise<string> {
    const person = await this.findForAdmin(admin, employeeCode);
    const refusal = anonymisationRefusal(person, this.config.personalDataRetentionMonths);
    if (refusal) throw new BadRequestException(refusal);
    const identity = anonymisedIdentity(person.id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        User,
        { id: person.id },
        { ...identity, searchName: searchName(identity.fullName), email: null, position: null, passwordHash: null, mustChangePassword: false, anonymisedAt: new Date(), updatedAt: new Date() },
      );
      await manager.delete(PasswordHistoryEntry, { userId: person.id });
      await manager.delete(Notice, { userId: person.id });
      // What they pasted into "Báo cáo thư đáng ngờ" may name them; their drill results stay countable.
      await manager.delete(DrillReport, { userId: person.id });
      await manager.delete(Session, { userId: person.id });
      const certificates = await withdrawHolder(manager, person.id, identity);
      await this.audit.record({ action: AuditAction.UserAnonymised, actor: admin, ip, target: { type: 'user', id: person.id }, details: { certificates } }, manager);
    });
    return identity.employeeCode;
  }

  private async findForAdmin(admin: SignedInUser, employeeCode: string): Promise<User> {
    if (admin.role !== Role.Admin) throw new NotFoundException('Không tìm thấy cán bộ.');
    const person = await this.dataSource.getRepository(User).findOneBy({ employeeCode });
    if (!person) throw new NotFoundException('Không tìm thấy cán bộ.');
    return person;
  }
}

/**
 * The stored certificate snapshots named the holder: the name and code are replaced. Their
 * signatures then no longer match, on purpose: public verification answers "withdrawn".
 */
async function withdrawHolder(manager: EntityManager, userId: number, identity: { employeeCode: string; fullName: string }): Promise<number> {
  const certificates = await manager.find(Certificate, { where: { userId } });
  for (const certificate of certificates) {
    const data = JSON.parse(certificate.data) as CertificateData;
    const redacted: CertificateData = { ...data, holder: { ...data.holder, fullName: identity.fullName, employeeCode: identity.employeeCode } };
    await manager.update(Certificate, { id: certificate.id }, { data: canonicalCertificateJson(redacted), dataSha256: certificateSha256(redacted) });
  }
  return certificates.length;
}
