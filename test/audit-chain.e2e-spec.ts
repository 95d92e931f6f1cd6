import { Logger } from '@nestjs/common';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditChainService } from '../src/audit/audit-chain.service';
import { verifyAuditChain } from '../src/audit/audit-chain-store';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { AuditService } from '../src/audit/audit.service';
import { auditVerify } from '../src/cli/audit-verify';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';
import { useTwoPortals } from './helpers/portal-fixture';

describeEachDatabase('Tamper-evident audit log', (kind) => {
  const instances = useTwoPortals(kind);

  const events = () => instances.first.dataSource.getRepository(AuditEvent);
  const cli = async (): Promise<{ code: number; output: string }> => {
    const lines: string[] = [];
    const code = await auditVerify({ NODE_ENV: 'test', DATABASE_URL: instances.database.url, SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp', LOG_LEVEL: 'silent' }, (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  };

  it('keeps one valid chain while two instances write and seal at the same time', async () => {
    const writers = [instances.first, instances.second].flatMap((app, instance) =>
      Array.from({ length: 60 }, (_, index) => app.app.get(AuditService).record({ action: AuditAction.SettingsChanged, actorName: `writer-${instance}-${index}`, details: { index } })),
    );
    const sealers = [instances.first, instances.second].flatMap((app) => Array.from({ length: 4 }, () => app.app.get(AuditChainService).seal()));
    const signIns = [instances.first, instances.second].flatMap((app) => ['learner', 'hr', 'head'].map((name) => signIn(app.server, name)));
    await Promise.all([...writers, ...sealers, ...signIns]);
    await instances.first.app.get(AuditChainService).seal();
    const report = await verifyAuditChain(instances.first.dataSource);
    expect(report).toEqual({ checked: await events().count(), unsealed: 0, firstBreak: null });
    const positions = (await events().find({ order: { chainSeq: 'ASC' } })).map((event) => event.chainSeq);
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, index) => index + 1));
    expect(await cli()).toEqual({ code: 0, output: expect.stringContaining(`Audit chain OK: ${positions.length} row(s) verified`) });
  });

  it('names the row whose content was changed in the instances.database, and exits 1', async () => {
    const target = (await events().find({ where: { action: AuditAction.SignIn }, order: { id: 'ASC' } }))[1];
    await instances.first.dataSource.query('UPDATE audit_events SET actor_name = ? WHERE id = ?', ['someone-else', target.id]);
    const { code, output } = await cli();
    expect(code).toBe(1);
    expect(output).toContain(`Audit chain BROKEN at row id ${target.id} (chain position ${target.chainSeq})`);
    expect(output).toContain('someone-else');
    await instances.first.dataSource.query('UPDATE audit_events SET actor_name = ? WHERE id = ?', [target.actorName, target.id]);
    expect((await cli()).code).toBe(0);
  });

  it('notices rows removed from the end of the chain', async () => {
    const last = (await events().find({ order: { chainSeq: 'DESC' }, take: 1 }))[0];
    await instances.first.dataSource.query('DELETE FROM audit_events WHERE id = ?', [last.id]);
    const { code, output } = await cli();
    expect(code).toBe(1);
    expect(output).toContain('rows were removed from the end');
    await events().insert({ ...last, details: last.details as never });
    expect((await cli()).code).toBe(0);
  });

  it('logs an error from the daily check when the chain is broken', async () => {
    const target = (await events().find({ order: { id: 'ASC' }, take: 3 }))[2];
    await instances.first.dataSource.query('UPDATE audit_events SET ip = ? WHERE id = ?', ['10.6.6.6', target.id]);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    try {
      const report = await instances.first.app.get(AuditChainService).dailyCheck();
      expect(report.firstBreak).toMatchObject({ eventId: target.id });
      expect(error).toHaveBeenCalledWith(expect.stringContaining(`Audit chain BROKEN at event ${target.id}`));
    } finally {
      error.mockRestore();
      await instances.first.dataSource.query('UPDATE audit_events SET ip = ? WHERE id = ?', [target.ip, target.id]);
    }
  });

  it('prunes rows past the retention period, anchors the chain and records the prune', async () => {
    const before = await events().count();
    const threeYearsOn = new Date(Date.now() + 3 * 365 * 24 * 3600 * 1000);
    const report = await instances.second.app.get(AuditChainService).dailyCheck(threeYearsOn);
    expect(report.firstBreak).toBeNull();
    const left = await events().find({ order: { chainSeq: 'ASC' } });
    expect(left.map((event) => event.action)).toEqual([AuditAction.AuditPruned]);
    expect(left[0].details).toMatchObject({ deleted: before });
    await signIn(instances.first.server, 'learner');
    await instances.first.app.get(AuditChainService).seal();
    expect(await cli()).toEqual({ code: 0, output: expect.stringContaining('Audit chain OK') });
  });
});
