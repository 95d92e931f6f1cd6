import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../audit/audit-chain-store';
import { AuditEvent } from '../audit/audit-event.entity';
import { loadAppConfig } from '../config/app-config';
import { ConfigurationError } from '../config/environment';
import { dataSourceOptions } from '../database/data-source-options';

/**
 * `npm run audit:verify`: walks the audit log's hash chain and names the first broken row.
 * Reads only. Exit code 0 when the chain holds, 1 when it is broken (or cannot be read).
 */
export async function auditVerify(env: Record<string, string | undefined>, write: (line: string) => void): Promise<number> {
  const config = loadAppConfig(env);
  const dataSource = await new DataSource(await dataSourceOptions(config.database)).initialize();
  try {
    const report = await verifyAuditChain(dataSource);
    const waiting = report.unsealed > 0 ? `; ${report.unsealed} newest row(s) not sealed yet` : '';
    if (!report.firstBreak) {
      write(`Audit chain OK: ${report.checked} row(s) verified${waiting}.`);
      return 0;
    }
    const { eventId, seq, reason } = report.firstBreak;
    const row = eventId ? await dataSource.getRepository(AuditEvent).findOneBy({ id: eventId }) : null;
    write(`Audit chain BROKEN at row id ${eventId} (chain position ${seq}): ${reason}.`);
    if (row) write(`  ${row.occurredAt.toISOString()} ${row.action} by ${row.actorName ?? '—'} from ${row.ip ?? '—'}`);
    write(`${report.checked} row(s) before it verified${waiting}.`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  auditVerify(process.env, (line) => process.stdout.write(`${line}\n`))
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      process.stderr.write(error instanceof ConfigurationError ? `${error.message}\n` : `Audit verification failed: ${error.message}\n`);
      process.exit(1);
    });
}
