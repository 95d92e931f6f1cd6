import { DepartmentStaff } from '../common/department-staff';
import { Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PasswordHistoryEntry } from './password-history.entity';
import { DepartmentScope } from '../access/access-scope';
import { hashPassword } from './password-hasher';
import { isRecentPassword, rememberReplacedPassword } from './password-history';
import { DEFAULT_PASSWORD_POLICY, passwordExpired } from './password-policy';
import { AppConfig, PasswordPolicy } from '../config/app-config';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { nameColumns, searchName } from './search-name';
import { User } from './user.entity';
import { comparePersonNames } from '../common/vietnamese-order';

export interface NewUser {
  employeeCode: string;
  username?: string;
  fullName: string;
  email?: string | null;
  position?: string | null;
  departmentId: number;
  role: Role;
  /** A one-time password: the person must replace it at first sign-in. */
  initialPassword?: string;
  /** A password the person chose (demo accounts); no change is forced. */
  password?: string;
}

export interface ReachablePerson {
  id: number;
  departmentId: number;
  departmentPath: string;
}

/** What a staff file may change about a known person. */
export interface StaffRecordChanges {
  fullName: string;
  email: string | null;
  position: string | null;
  role: Role;
  departmentId: number;
}

@Injectable()
export class UsersService implements DepartmentStaff {
  public constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    // Optional: benchmarks build this service by hand and only read people.
    @Optional() private readonly config?: AppConfig,
  ) {}

  private get passwordPolicy(): PasswordPolicy {
    return this.config?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY;
  }

  public async create(input: NewUser, manager: EntityManager = this.users.manager): Promise<User> {
    const password = input.password ?? input.initialPassword;
    return manager.getRepository(User).save(
      manager.getRepository(User).create({
        employeeCode: input.employeeCode,
        username: (input.username ?? input.employeeCode).toLowerCase(),
        ...nameColumns(input.fullName),
        email: input.email ?? null,
        position: input.position ?? null,
        departmentId: input.departmentId,
        role: input.role,
        passwordHash: password ? await hashPassword(password) : null,
        mustChangePassword: input.password === undefined,
        active: true,
        passwordChangedAt: input.password ? new Date() : null,
      }),
    );
  }

  /** Updates a person's record from a staff file, in the import's transaction. */
  public async updateStaffRecord(id: number, changes: StaffRecordChanges, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.update(User, { id }, { ...changes, ...nameColumns(changes.fullName), updatedAt: new Date() });
  }

  /** A person who has left: the account is locked (the caller ends their sessions in the same transaction). */
  public async deactivate(id: number, manager: EntityManager): Promise<void> {
    await manager.update(User, { id }, { active: false, deactivatedAt: new Date(), updatedAt: new Date() });
  }

  /** Replaces everything in the row that names the person and forgets their passwords, in the caller's transaction. */
  public async anonymise(id: number, identity: { employeeCode: string; username: string; fullName: string }, manager: EntityManager): Promise<void> {
    await manager.update(
      User,
      { id },
      { ...identity, ...nameColumns(identity.fullName), email: null, position: null, passwordHash: null, mustChangePassword: false, anonymisedAt: new Date(), updatedAt: new Date() },
    );
    await manager.delete(PasswordHistoryEntry, { userId: id });
  }

  /** Turns signing in with a local password on or off; off also clears the password. */
  public async setLocalLoginDisabled(id: number, disabled: boolean, manager: EntityManager): Promise<void> {
    await manager.update(User, { id }, { localLoginDisabled: disabled, ...(disabled ? { passwordHash: null, mustChangePassword: false } : {}), updatedAt: new Date() });
  }

  public async count(): Promise<number> {
    return this.users.count();
  }

  /** Sign-in names are case-insensitive: stored in lower case, looked up in lower case. */
  public async findActiveByUsername(username: string): Promise<User | null> {
    return this.users.findOneBy({ username: username.trim().toLowerCase(), active: true });
  }

  public async findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** What the session needs for every request; null when the account is gone or disabled. */
  public async findSignedInUser(id: number): Promise<SignedInUser | null> {
    // Every request reads this: find, not findOne, which with a relation costs TypeORM two queries.
    const [user] = await this.users.find({ where: { id, active: true }, relations: { department: true } });
    if (!user?.department) return null;
    return {
      id: user.id,
      username: user.username,
      employeeCode: user.employeeCode,
      fullName: user.fullName,
      role: user.role,
      departmentId: user.departmentId,
      departmentName: user.department.name,
      departmentPath: user.department.path,
      // An expired password (PASSWORD_MAX_AGE_DAYS) is changed before anything else, like a one-time one.
      mustChangePassword: user.mustChangePassword || passwordExpired(user.passwordChangedAt, this.passwordPolicy),
    };
  }

  /** Sets a new password, keeping the replaced one's hash so that it is not chosen again soon. */
  public async setPassword(userId: number, password: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.users.manager.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: userId });
      await rememberReplacedPassword(manager, user, this.passwordPolicy.history);
      await manager.update(User, { id: userId }, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() });
    });
  }

  /** Whether the password is the person's current one or one of their last PASSWORD_HISTORY. */
  public async isRecentPassword(userId: number, password: string): Promise<boolean> {
    const user = await this.users.findOneByOrFail({ id: userId });
    return isRecentPassword(this.users.manager, user, password, this.passwordPolicy.history);
  }

  /** Staff of one department, sorted as on an official list. */
  public async listForDepartment(departmentId: number): Promise<User[]> {
    const staff = await this.users.find({ where: { departmentId } });
    return staff.sort((a, b) => comparePersonNames(a.fullName, b.fullName));
  }

  /** Number of people per department, in one grouped query. */
  public async countByDepartment(departmentIds: number[]): Promise<Map<number, number>> {
    if (departmentIds.length === 0) return new Map();
    const rows = await this.users
      .createQueryBuilder('user')
      .select('user.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'staff')
      .where('user.departmentId IN (:...departmentIds)', { departmentIds })
      .groupBy('user.departmentId')
      .getRawMany<{ departmentId: number; staff: number | string }>();
    return new Map(rows.map((row) => [Number(row.departmentId), Number(row.staff)]));
  }

  /**
   * Active people with an e-mail address in these departments (with their sub-departments or not;
   * null: everywhere) and of this role (null: any): who a phishing drill may be sent to. Never an
   * address outside the portal.
   */
  public async findReachable(departmentPaths: string[] | null, withSubdepartments: boolean, role: Role | null): Promise<ReachablePerson[]> {
    const builder = this.users
      .createQueryBuilder('user')
      .innerJoin('user.department', 'department')
      .select(['user.id AS id', 'user.departmentId AS departmentId', 'department.path AS departmentPath'])
      .where('user.active = :active', { active: true })
      .andWhere("user.email IS NOT NULL AND user.email <> ''")
      .orderBy('user.id', 'ASC');
    if (role) builder.andWhere('user.role = :role', { role });
    if (departmentPaths) {
      if (departmentPaths.length === 0) return [];
      const test = withSubdepartments ? 'LIKE' : '=';
      const values = Object.fromEntries(departmentPaths.map((path, index) => [`path${index}`, withSubdepartments ? `${path}%` : path]));
      builder.andWhere(`(${departmentPaths.map((_, index) => `department.path ${test} :path${index}`).join(' OR ')})`, values);
    }
    const rows = await builder.getRawMany<{ id: number | string; departmentId: number | string; departmentPath: string }>();
    return rows.map((row) => ({ id: Number(row.id), departmentId: Number(row.departmentId), departmentPath: row.departmentPath }));
  }

  /**
   * Diacritics- and case-insensitive search by name, employee code or sign-in name, limited to
   * the departments in scope.
   */
  public async search(scope: DepartmentScope, query: string, limit = 200): Promise<User[]> {
    const builder = this.users.createQueryBuilder('user').innerJoinAndSelect('user.department', 'department').take(limit);
    if (scope.kind === 'subtree') builder.andWhere('department.path LIKE :prefix', { prefix: `${scope.pathPrefix}%` });
    if (scope.kind === 'self') builder.andWhere('1 = 0');
    const folded = searchName(query).replace(/[%_\\]/g, '');
    if (folded) {
      builder.andWhere('(user.searchName LIKE :pattern OR user.username LIKE :pattern OR LOWER(user.employeeCode) LIKE :pattern)', {
        pattern: `%${folded}%`,
      });
    }
    const found = await builder.getMany();
    return found.sort((a, b) => comparePersonNames(a.fullName, b.fullName));
  }
}
