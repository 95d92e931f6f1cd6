import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { CampaignStatus } from './campaign-status';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillDepartmentCount } from './drill-department-count.entity';
import { departmentPaths } from './drill-queries';
import { DrillRecipient } from './drill-recipient.entity';
import { DrillResultsService } from './drill-results.service';

/**
 * Who clicked what is personal data kept for a purpose: once DRILL_RETENTION_MONTHS have passed
 * since a campaign started, its per-person rows become per-department counts (the trend stays).
 */
@Injectable()
export class DrillRetention {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly results: DrillResultsService,
    private readonly config: AppConfig,
  ) {}

  public async reduce(now = new Date()): Promise<number> {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.config.drills.retentionMonths);
    const due = await this.dataSource.getRepository(DrillCampaign).findBy({ status: In([CampaignStatus.Finished, CampaignStatus.Stopped]), startsAt: LessThan(cutoff), reducedAt: IsNull() });
    let reduced = 0;
    for (const campaign of due) {
      // Counted from what the transaction returns: on MariaDB a conflict runs it again.
      const done = await this.dataSource.transaction(async (manager) => {
        // Claimed first: of two instances running the job, the second finds nothing left to do.
        const claimed = await manager.update(DrillCampaign, { id: campaign.id, reducedAt: IsNull() }, { reducedAt: now, updatedAt: now });
        if (!claimed.affected) return false;
        const counts = await this.results.counts(campaign, '/', manager);
        const paths = await departmentPaths(manager, campaign.id);
        const rows = [...counts].map(([departmentId, count]) => ({ campaignId: campaign.id, departmentId, departmentPath: paths.get(departmentId)!, ...count }));
        if (rows.length) await manager.insert(DrillDepartmentCount, rows);
        await manager.delete(DrillRecipient, { campaignId: campaign.id });
        await this.audit.record({ action: AuditAction.DrillResultsReduced, target: { type: 'drill_campaign', id: campaign.id }, details: { name: campaign.name, departments: rows.length } }, manager);
        return true;
      });
      if (done) reduced++;
    }
    return reduced;
  }
}
