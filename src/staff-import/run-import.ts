import { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { ComplianceSync } from '../common/compliance-sync';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';
import { readCsvTable } from './csv-file';
import { applyDepartmentPlan, loadDepartmentSnapshot } from './department-import-apply';
import { DepartmentPlan, planDepartmentImport } from './department-import-plan';
import { readDepartmentRows } from './department-rows';
import { ImportKind } from './import-kind';
import { ImportActor } from './import-plan';
import { sortProblems } from './import-problem';
import { applyStaffPlan, CreatedAccount, loadStaffSnapshot } from './staff-import-apply';
import { planStaffImport, StaffPlan } from './staff-import-plan';
import { readStaffRows } from './staff-rows';

const AUDITED_ROLE_CHANGES = 100;

export type PlannedImport = { kind: ImportKind.Staff; plan: StaffPlan; ignoredColumns: string[] } | { kind: ImportKind.Departments; plan: DepartmentPlan; ignoredColumns: string[] };

/** The services that own the writes; the web app injects them, the command line builds them. */
export interface ImportServices {
  users: UsersService;
  departments: DepartmentsService;
  compliance: ComplianceSync;
  audit: AuditService;
}

/** Who and what the audit row names. */
export interface ImportContext {
  actor: { id: number; username: string } | null;
  actorName: string;
  fileName: string;
  uploadId?: string;
  ip?: string | null;
}

export interface ImportOutcome {
  kind: ImportKind;
  created: number;
  updated: number;
  unchanged: number;
  notInFile: number;
  /** New people and their one-time passwords; empty for a departments file. */
  accounts: CreatedAccount[];
}

/** Reads the file and compares it with the database; writes nothing. Problems come sorted by line. */
export async function planImport(manager: EntityManager, kind: ImportKind, text: string, actor: ImportActor): Promise<PlannedImport> {
  const { table, problems: fileProblems } = readCsvTable(text);
  if (kind === ImportKind.Staff) {
    const reading = table ? readStaffRows(table) : { rows: [], refusedRowDepartments: [], problems: [], ignoredColumns: [] };
    const plan = planStaffImport(reading.rows, await loadStaffSnapshot(manager, reading.rows), actor, reading.refusedRowDepartments);
    plan.problems = sortProblems([...fileProblems, ...reading.problems, ...plan.problems]);
    return { kind, plan, ignoredColumns: reading.ignoredColumns };
  }
  const reading = table ? readDepartmentRows(table) : { rows: [], problems: [], ignoredColumns: [] };
  const plan = planDepartmentImport(reading.rows, await loadDepartmentSnapshot(manager));
  plan.problems = sortProblems([...fileProblems, ...reading.problems, ...plan.problems]);
  return { kind, plan, ignoredColumns: reading.ignoredColumns };
}

/** Applies a plan without problems in the caller's transaction and audits it as one event. */
export async function applyImport(manager: EntityManager, planned: PlannedImport, services: ImportServices, context: ImportContext): Promise<ImportOutcome> {
  if (planned.plan.problems.length > 0) throw new Error('An import with problems cannot be applied');
  const { plan } = planned;
  let accounts: CreatedAccount[] = [];
  let roleChanges: Array<{ employeeCode: string; from: string; to: string }> = [];
  if (planned.kind === ImportKind.Staff) {
    accounts = (await applyStaffPlan(manager, planned.plan, services.users, services.compliance)).accounts;
    roleChanges = planned.plan.updates.filter((person) => person.role !== person.roleBefore).map((person) => ({ employeeCode: person.employeeCode, from: person.roleBefore, to: person.role }));
  } else {
    await applyDepartmentPlan(manager, planned.plan, services.departments, services.compliance);
  }
  const outcome = { kind: planned.kind, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, notInFile: plan.notInFile, accounts };
  await services.audit.record(
    {
      action: planned.kind === ImportKind.Staff ? AuditAction.StaffImported : AuditAction.DepartmentsImported,
      actor: context.actor,
      actorName: context.actorName,
      target: context.uploadId ? { type: 'import_upload', id: context.uploadId } : undefined,
      ip: context.ip,
      details: {
        file: context.fileName,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        notInFile: outcome.notInFile,
        // Role changes are audited by name; the list is capped so the row stays within a MariaDB text column.
        ...(roleChanges.length ? { roleChanges: roleChanges.slice(0, AUDITED_ROLE_CHANGES), roleChangeCount: roleChanges.length } : {}),
      },
    },
    manager,
  );
  return outcome;
}
