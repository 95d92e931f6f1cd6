import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { withdrawHolder } from '../certificates/withdraw-holder';
import { AppConfig } from '../config/app-config';
import { deleteReportsOf } from '../drills/report-phish.service';
import { NoticesService } from '../reminders/notices.service';
import { TypeormSessionStore } from '../sessions/typeorm-session.store';
import { Role } from '../access/role';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
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
    private readonly users: UsersService,
    private readonly sessions: TypeormSessionStore,
    private readonly notices: NoticesService,
  ) {}

  public async markLeft(admin: SignedInUser, employeeCode: string, ip: string): Promise<void> {
    const person = await this.findForAdmin(admin, employeeCode);
    if (person.id === admin.id) throw new BadRequestException('Không thể tự đánh dấu mình đã nghỉ việc.');
    if (!person.active) throw new BadRequestException('Người này đã được đánh dấu nghỉ việc.');
    await this.dataSource.transaction(async (manager) => {
      await this.users.deactivate(person.id, manager);
      await this.sessions.destroyAllSessionsOf(person.id, manager);
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
      await this.users.anonymise(person.id, identity, manager);
      await this.notices.deleteAllOf(person.id, manager);
      // What they pasted into "Báo cáo thư đáng ngờ" may name them; their drill results stay countable.
      await deleteReportsOf(manager, person.id);
      await this.sessions.destroyAllSessionsOf(person.id, manager);
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
