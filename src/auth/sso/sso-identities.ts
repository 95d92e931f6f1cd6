import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { Department } from '../../departments/department.entity';
import { Role } from '../../access/role';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { MatchField } from './sso-config';

/** Why an authenticated identity could not be matched to a person. */
export type MatchRefusal = 'missing-claim' | 'no-person' | 'several-people';

/**
 * Matches an identity from the provider or the directory to exactly one active person imported by
 * HR, by employee code or e-mail. No self-registration unless SSO_CREATE_USERS=true.
 */
@Injectable()
export class SsoIdentities {
  public constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly usersService: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  public async findPerson(field: MatchField, value: string | null): Promise<User | MatchRefusal> {
    const wanted = value?.trim();
    if (!wanted) return 'missing-claim';
    const query = this.users.createQueryBuilder('user').where('user.active = :active', { active: true }).take(2);
    if (field === 'email') query.andWhere('LOWER(user.email) = :email', { email: wanted.toLowerCase() });
    else query.andWhere('user.employeeCode = :code', { code: wanted });
    const found = await query.getMany();
    if (found.length === 1) return found[0];
    return found.length === 0 ? 'no-person' : 'several-people';
  }

  /**
   * SSO_CREATE_USERS=true: a person the provider vouches for, in the department whose code the
   * provider names, as a learner without a local password. Null when the claims are not enough.
   */
  public async createFromClaims(claims: Record<string, unknown>, ip: string): Promise<User | null> {
    if (!this.config.sso.createUsers) return null;
    const code = stringClaim(claims, 'employee_code');
    const name = stringClaim(claims, 'name');
    const departmentCode = stringClaim(claims, this.config.sso.departmentClaim);
    if (!code || !name || !departmentCode || code.length > 32) return null;
    const department = await this.departments.findOneBy({ code: departmentCode });
    if (!department || (await this.users.existsBy({ employeeCode: code }))) return null;
    const person = await this.usersService.create({ employeeCode: code, fullName: name, email: stringClaim(claims, 'email'), departmentId: department.id, role: Role.Learner });
    await this.users.update({ id: person.id }, { localLoginDisabled: true, mustChangePassword: false });
    await this.audit.record({ action: AuditAction.UserCreatedBySso, actorName: code, target: { type: 'user', id: person.id }, ip, details: { department: departmentCode } });
    return person;
  }
}

export function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
}
