import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ChainReport, pruneAuditEvents, sealPendingAuditEvents, verifyAuditChain } from './audit-chain-store';
import { retentionCutoff } from './audit-retention';

/** New rows are sealed shortly after they are written; this catches rows written by other paths. */
const SEAL_INTERVAL_MS = 5_000;
const SEAL_DELAY_MS = 50;

/**
 * Keeps the audit log's hash chain sealed, checks it every night and prunes rows past
 * AUDIT_RETENTION_MONTHS. Every instance may run all of it: sealing and pruning take turns on
 * the chain's head row.
 */
@Injectable()
export class AuditChainService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditChainService.name);
  private interval?: NodeJS.Timeout;
  private pending?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  public onApplicationBootstrap(): void {
    this.interval = setInterval(() => this.scheduleSeal(), SEAL_INTERVAL_MS);
    this.interval.unref();
    this.scheduleSeal();
  }

  public async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.interval);
    clearTimeout(this.pending);
    await this.running;
  }

  /** Seals soon, once: many events written together are sealed in one transaction. */
  public scheduleSeal(): void {
    if (this.stopped || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.running = this.running.then(() => this.seal());
    }, SEAL_DELAY_MS);
    this.pending.unref();
  }

  public async seal(): Promise<number> {
    try {
      return await sealPendingAuditEvents(this.dataSource);
    } catch (error) {
      this.logger.warn(`Could not seal audit events (will retry): ${(error as Error).message}`);
      return 0;
    }
  }

  /** Every night: check the whole chain (an error in the log when broken), then prune old rows. */
  @Cron('0 30 2 * * *', { timeZone: 'Asia/Ho_Chi_Minh', name: 'audit-chain-daily' })
  public async dailyCheck(now = new Date()): Promise<ChainReport> {
    await this.seal();
    const report = await verifyAuditChain(this.dataSource);
    if (report.firstBreak) {
      const broken = report.firstBreak;
      this.logger.error(`Audit chain BROKEN at event ${broken.eventId} (position ${broken.seq}): ${broken.reason}. Run npm run audit:verify and investigate.`);
      return report;
    }
    this.logger.log(`Audit chain verified: ${report.checked} rows`);
    const { deleted } = await pruneAuditEvents(this.dataSource, retentionCutoff(now, this.config.auditRetentionMonths));
    if (deleted > 0) this.logger.log(`Pruned ${deleted} audit rows older than ${this.config.auditRetentionMonths} months`);
    return report;
  }
}
