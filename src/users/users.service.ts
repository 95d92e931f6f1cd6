import { Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DepartmentScope } from '../auth/access-scope';
import { hashPassword } from '../auth/password-hasher';
import { isRecentPassword, rememberReplacedPassword } from '../auth/password-history';
import { DEFAULT_PASSWORD_POLICY, passwordExpired } from '../auth/password-policy';
import { AppConfig, PasswordPolicy } from '../config/app-config';
import { SignedInUser } from '../auth/signed-in-user';
import { Department } from '../departments/department.entity';
import { Role } from './role';
import { normaliseName, searchName } from './search-name';
import { User } from './user.entity';
import { comparePersonNames } from './vietnamese-order';

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

/** What a staff file may change about a known person. */
export interface StaffRecordChanges {
  fullName: string;
  email: string | null;
  position: string | null;
  role: Role;
  departmentId: number;
}

@Injectable()
export class UsersService {
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
    const fullName = normaliseName(input.fullName);
    return manager.getRepository(User).save(
      manager.getRepository(User).create({
        employeeCode: input.employeeCode,
        username: (input.username ?? input.employeeCode).toLowerCase(),
        fullName,
        searchName: searchName(fullName),
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
    await manager.update(User, { id }, { ...changes, searchName: searchName(changes.fullName), updatedAt: new Date() });
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
  public async findByDepartment(department: Department): Promise<User[]> {
    const staff = await this.users.find({ where: { departmentId: department.id } });
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
