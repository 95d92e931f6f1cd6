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
    await manager.update(Department, { id: unit.id }, { name: unit.name, parentId, updatedAt: new Date() });
  }
  const movedIds = await rewritePaths(manager);
  const staff = await inBatches(movedIds, (batch) => manager.find(User, { where: { departmentId: In(batch) }, select: { id: true } }));
  await compliance.syncPeople(
    manager,
    staff.map((person) => person.id),
  );
  return { movedIds };
}

/** Recomputes every path from the parent links and saves the ones that differ; returns their ids. */
async function rewritePaths(manager: EntityManager): Promise<number[]> {
  const all = await manager.find(Department, { select: { id: true, parentId: true, path: true } });
  const byId = new Map(all.map((unit) => [unit.id, unit]));
  const paths = new Map<number, string>();
  const pathOf = (unit: Department): string => {
    let path = paths.get(unit.id);
    if (path === undefined) {
      const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
      path = `${parent ? pathOf(parent) : '/'}${unit.id}/`;
      paths.set(unit.id, path);
    }
    return path;
  };
  const moved = all.filter((unit) => pathOf(unit) !== unit.path);
  for (const unit of moved) await manager.update(Department, { id: unit.id }, { path: pathOf(unit) });
  return moved.map((unit) => unit.id);
}
