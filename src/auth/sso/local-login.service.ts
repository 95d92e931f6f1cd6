import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { SignedInUser } from '../../access/signed-in-user';
import { TypeormSessionStore } from '../../sessions/typeorm-session.store';
import { Role } from '../../access/role';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';

@Injectable()
export class LocalLoginService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly sessions: TypeormSessionStore,
  ) {}

  /** `allowed` is the form's "true" or "false"; turning local passwords off also clears the password. */
  public async setAllowed(admin: SignedInUser, employeeCode: string, allowed: unknown, ip: string): Promise<void> {
    if (admin.role !== Role.Admin) throw new NotFoundException('Không tìm thấy cán bộ.');
    if (allowed !== 'true' && allowed !== 'false') throw new BadRequestException('Lựa chọn không hợp lệ: chỉ có thể bật hoặc tắt đăng nhập bằng mật khẩu.');
    const person = await this.dataSource.getRepository(User).findOneBy({ employeeCode });
    if (!person) throw new NotFoundException('Không tìm thấy cán bộ.');
    if (person.id === admin.id && allowed === 'false') throw new BadRequestException('Không thể tự tắt đăng nhập bằng mật khẩu của chính mình.');
    const disabled = allowed === 'false';
    await this.dataSource.transaction(async (manager) => {
      await this.users.setLocalLoginDisabled(person.id, disabled, manager);
      // Sessions opened with the password that no longer counts end now.
      if (disabled) await this.sessions.destroyAllSessionsOf(person.id, manager);
      await this.audit.record({ action: AuditAction.LocalLoginChanged, actor: admin, ip, target: { type: 'user', id: person.id }, details: { localLogin: !disabled } }, manager);
    });
  }
}
