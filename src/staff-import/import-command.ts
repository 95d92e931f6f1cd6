import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { LedgerService } from '../compliance/ledger.service';
import { loadAppConfig } from '../config/app-config';
import { ConfigurationError } from '../config/environment';
import { dataSourceOptions } from '../database/data-source-options';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { User } from '../users/user.entity';
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

/** The services the web app gets by injection, built by hand: a Nest context would run start-up hooks (demo data). */
export function commandLineServices(dataSource: DataSource): ImportServices {
  const users = new UsersService(dataSource.getRepository(User));
  return { users, departments: new DepartmentsService(dataSource.getRepository(Department), users), compliance: new LedgerService() };
}

/**
 * Imports one file into the database in one transaction, with an administrator's rights. Exit
 * code 0 when imported (or nothing to change), 1 when the file has problems (nothing written).
 */
export async function runImportCommand(dataSource: DataSource, kind: ImportKind, path: string, streams: CommandStreams, commandName: string): Promise<number> {
  const bytes = readFileSync(path);
  const binary = nonTextProblem(bytes);
  if (binary) return refuse([importProblem(1, binary === 'excel' ? 'this is an Excel workbook: save it as "CSV UTF-8" first' : 'this is not a CSV text file', 'tệp không phải CSV')], streams);
  const { text, encoding } = decodeCsv(bytes);
  if (encoding === 'windows-1258') streams.stderr.write('The file is not UTF-8: read as windows-1258 (Vietnamese Windows). Check the names below.\n');
  const services = commandLineServices(dataSource);
  const result = await dataSource.transaction(async (manager) => {
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

/** The body of `npm run users:import` and `npm run departments:import`. */
export async function importCommandMain(kind: ImportKind, commandName: string, argv: string[]): Promise<number> {
  if (argv.length !== 1) {
    process.stderr.write(`Usage: npm run ${commandName} -- <file.csv>\n`);
    return 2;
  }
  const config = loadAppConfig();
  const dataSource = new DataSource(await dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await runImportCommand(dataSource, kind, argv[0], process, commandName);
  } finally {
    await dataSource.destroy();
  }
}

export function exitWith(commandName: string, run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (error: Error) => {
      const readable = error instanceof ConfigurationError || (error as NodeJS.ErrnoException).code === 'ENOENT';
      process.stderr.write(readable ? `${error.message}\n` : `${commandName} failed: ${error.stack ?? error.message}\n`);
      process.exit(2);
    },
  );
}
