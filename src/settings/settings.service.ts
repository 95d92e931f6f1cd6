import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { CertificateIssuerSettings, DEFAULT_CERTIFICATE_ISSUER } from './certificate-issuer';
import { Setting } from './setting.entity';

const ISSUER_KEY = 'certificate.issuer';

@Injectable()
export class SettingsService {
  public constructor(
    @InjectRepository(Setting) private readonly settings: Repository<Setting>,
    private readonly audit: AuditService,
  ) {}

  /** The issuer as configured now; pass a transaction's manager to read inside it. */
  public async certificateIssuer(manager: EntityManager = this.settings.manager): Promise<CertificateIssuerSettings> {
    const row = await manager.findOneBy(Setting, { key: ISSUER_KEY });
    return row ? { ...DEFAULT_CERTIFICATE_ISSUER, ...(JSON.parse(row.value) as Partial<CertificateIssuerSettings>) } : { ...DEFAULT_CERTIFICATE_ISSUER };
  }

  public async updateCertificateIssuer(values: CertificateIssuerSettings, actor: SignedInUser): Promise<void> {
    requireRole(actor, [Role.Admin]);
    await this.settings.manager.transaction((manager) => this.saveCertificateIssuer(values, actor, manager));
  }

  /** Saves and audits within the caller's transaction. */
  public async saveCertificateIssuer(values: CertificateIssuerSettings, actor: SignedInUser | null, manager: EntityManager): Promise<void> {
    const normalised = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value).normalize('NFC').trim()]));
    await manager.getRepository(Setting).upsert({ key: ISSUER_KEY, value: JSON.stringify(normalised), updatedAt: new Date(), updatedById: actor?.id ?? null }, ['key']);
    await this.audit.record({ action: AuditAction.SettingsChanged, actor, target: { type: 'setting', id: ISSUER_KEY }, details: normalised }, manager);
  }
}
