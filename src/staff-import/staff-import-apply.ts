import { EntityManager, In } from 'typeorm';
import { inBatches } from '../common/in-batches';
import { ComplianceSync } from '../common/compliance-sync';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { oneTimePassword } from './one-time-password';
import { KnownPerson, StaffPlan, StaffSnapshot } from './staff-import-plan';
import { StaffRow } from './staff-rows';

/** scrypt runs on libuv's thread pool: a few hashes at a time cut the transaction's length without starving sign-ins. */
const HASHING_CONCURRENCY = 4;

/** A new account and the one-time password shown once to HR. */
export interface CreatedAccount {
  employeeCode: string;
  fullName: string;
  username: string;
  departmentCode: string;
  password: string;
}

export interface AppliedStaff {
  accounts: CreatedAccount[];
  userIds: number[];
}

export async function loadStaffSnapshot(manager: EntityManager, rows: StaffRow[]): Promise<StaffSnapshot> {
  const departments = await manager.find(Department, { select: { id: true, code: true, name: true } });
  const codes = rows.map((row) => row.employeeCode);
  const people = await inBatches(codes, (batch) =>
    manager.find(User, { where: { employeeCode: In(batch) }, select: { id: true, employeeCode: true, fullName: true, email: true, position: true, departmentId: true, role: true } }),
  );
  const holders = await inBatches(
    codes.map((code) => code.toLowerCase()),
    (batch) => manager.find(User, { where: { username: In(batch) }, select: { username: true, employeeCode: true } }),
  );
  const known = new Map(people.map((person): [string, KnownPerson] => [person.employeeCode.toUpperCase(), person]));
  return {
    departmentsByCode: new Map(departments.map((unit) => [unit.code.toUpperCase(), unit])),
    departmentsById: new Map(departments.map((unit) => [unit.id, unit])),
    people: known,
    usernameHolders: new Map(holders.filter((holder) => !known.has(holder.employeeCode.toUpperCase())).map((holder) => [holder.username, holder.employeeCode])),
    staffCount: await manager.count(User),
  };
}

/** Writes a plan without problems in the caller's transaction, then brings the compliance ledger in step. */
export async function applyStaffPlan(manager: EntityManager, plan: StaffPlan, users: UsersService, compliance: ComplianceSync): Promise<AppliedStaff> {
  const accounts: CreatedAccount[] = [];
  const userIds: number[] = [];
  for (let start = 0; start < plan.creates.length; start += HASHING_CONCURRENCY) {
    const batch = plan.creates.slice(start, start + HASHING_CONCURRENCY);
    const created = await Promise.all(
      batch.map(async (person) => {
        const password = oneTimePassword();
        const user = await users.create(
          {
            employeeCode: person.employeeCode,
            fullName: person.fullName,
            email: person.email,
            position: person.position,
            departmentId: person.department.id,
            role: person.role,
            initialPassword: password,
          },
          manager,
        );
        return { user, account: { employeeCode: user.employeeCode, fullName: user.fullName, username: user.username, departmentCode: person.department.code, password } };
      }),
    );
    for (const { user, account } of created) {
      userIds.push(user.id);
      accounts.push(account);
    }
  }
  for (const person of plan.updates) {
    await users.updateStaffRecord(person.userId, { fullName: person.fullName, email: person.email, position: person.position, role: person.role, departmentId: person.department.id }, manager);
    userIds.push(person.userId);
  }
  await compliance.syncPeople(manager, userIds);
  return { accounts, userIds };
}
