import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';
import { decodeCsv, nonTextProblem } from './csv-file';
import { ImportKind } from './import-kind';
import { COMMAND_LINE_ACTOR } from './import-plan';
import { formatProblem, ImportProblem, importProblem } from './import-problem';
import { applyImport, ImportOutcome, ImportServices, planImport } from './run-import';

export interface CommandStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const WHAT: Record<ImportKind, string> = { [ImportKind.Staff]: 'staff', [ImportKind.Departments]: 'departments' };

/** The services that own the writes, from the command's Nest context (or the server's, in tests). */
function importServices(context: INestApplicationContext): ImportServices {
  return { users: context.get(UsersService), departments: context.get(DepartmentsService), compliance: context.get<ComplianceSync>(COMPLIANCE_SYNC), audit: context.get(AuditService) };
}

/**
 * Imports one file into the database in one transaction, with an administrator's rights. Exit
 * code 0 when imported (or nothing to change), 1 when the file has problems (nothing written).
 */
export async function runImportCommand(context: INestApplicationContext, kind: ImportKind, path: string, streams: CommandStreams, commandName: string): Promise<number> {
  const bytes = readFileSync(path);
  const binary = nonTextProblem(bytes);
  if (binary) return refuse([importProblem(1, binary === 'excel' ? 'this is an Excel workbook: save it as "CSV UTF-8" first' : 'this is not a CSV text file', 'tệp không phải CSV')], streams);
  const { text, encoding } = decodeCsv(bytes);
  if (encoding === 'windows-1258') streams.stderr.write('The file is not UTF-8: read as windows-1258 (Vietnamese Windows). Check the names below.\n');
  const services = importServices(context);
  const result = await context.get(DataSource).transaction(async (manager) => {
    const planned = await planImport(manager, kind, text, COMMAND_LINE_ACTOR);
    if (planned.plan.problems.length > 0) return planned.plan.problems;
    return applyImport(manager, planned, services, { actor: null, actorName: commandName, fileName: basename(path).slice(0, 255) });
  });
  if (Array.isArray(result)) return refuse(result, streams);
  streams.stdout.write(summary(kind, path, result));
  return 0;
}

function refuse(problems: ImportProblem[], streams: CommandStreams): number {
  streams.stderr.write(`${problems.map(formatProblem).join('\n')}\nNothing was imported: fix the ${problems.length} problem(s) above.\n`);
  return 1;
}

function summary(kind: ImportKind, path: string, outcome: ImportOutcome): string {
  const counts = `${outcome.created} created, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.notInFile} not in file (left alone)`;
  const lines = [`Imported ${WHAT[kind]} from ${basename(path)}: ${counts}.`];
  if (outcome.accounts.length > 0) {
    lines.push('One-time passwords (shown only now; each person must change theirs at first sign-in):');
    lines.push(...outcome.accounts.map((account) => `${account.employeeCode}\t${account.password}`));
  }
  return `${lines.join('\n')}\n`;
}
