import { EntityManager, In } from 'typeorm';
import { ComplianceSync } from '../common/compliance-sync';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { User } from '../users/user.entity';
import { DepartmentPlan, DepartmentSnapshot, KnownUnit } from './department-import-plan';
import { inBatches } from '../common/in-batches';

export interface AppliedDepartments {
  /** Departments whose materialised path changed: moved ones and their whole subtrees. */
  movedIds: number[];
}

export async function loadDepartmentSnapshot(manager: EntityManager): Promise<DepartmentSnapshot> {
  const units: KnownUnit[] = await manager.find(Department, { select: { id: true, code: true, name: true, parentId: true } });
  return { byCode: new Map(units.map((unit) => [unit.code.toUpperCase(), unit])), byId: new Map(units.map((unit) => [unit.id, unit])) };
}

/**
 * Writes a plan without problems in the caller's transaction: new departments (parents first),
 * then renames and moves, then the paths of every department below a moved one, and finally the
 * compliance ledger of the people in those departments, whose reports roll up differently now.
 */
export async function applyDepartmentPlan(manager: EntityManager, plan: DepartmentPlan, departments: DepartmentsService, compliance: ComplianceSync): Promise<AppliedDepartments> {
  const idOf = new Map([...(await loadDepartmentSnapshot(manager)).byCode].map(([code, unit]) => [code, unit.id]));
  for (const unit of plan.creates) {
    idOf.set(unit.code, (await departments.create({ code: unit.code, name: unit.name, parentCode: unit.parentCode }, manager)).id);
  }
  for (const unit of plan.updates) {
    const parentId = unit.parentCode === null ? null : idOf.get(unit.parentCode)!;
    await departments.update(unit.id, { name: unit.name, parentId }, manager);
  }
  const movedIds = await departments.rewritePaths(manager);
  const staff = await inBatches(movedIds, (batch) => manager.find(User, { where: { departmentId: In(batch) }, select: { id: true } }));
  await compliance.syncPeople(
    manager,
    staff.map((person) => person.id),
  );
  return { movedIds };
}
