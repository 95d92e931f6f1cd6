import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { formatDate } from '../web/view-helpers';
import { CampaignStatus } from './campaign-status';
import { trendChart, TrendSeries } from './drill-charts';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillResultsService, RESULT_READERS, scopePrefix } from './drill-results.service';
import { rollUpDrill } from './drill-results';

const LAST_CAMPAIGNS = 8;
const MAX_LINES = 6;

export interface DrillTrend {
  chart: ReturnType<typeof trendChart>;
  campaigns: Array<{ id: number; label: string; name: string }>;
  series: TrendSeries[];
}

/** Click rate over the last campaigns for the reader's own unit and the units right under it. */
@Injectable()
export class DrillTrendService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: DrillResultsService,
  ) {}

  public async trendFor(user: SignedInUser): Promise<DrillTrend | null> {
    requireRole(user, RESULT_READERS);
    const started = [CampaignStatus.Sending, CampaignStatus.Finished, CampaignStatus.Stopped];
    const campaigns = (await this.dataSource.getRepository(DrillCampaign).find({ where: { status: In(started) }, order: { startsAt: 'DESC', id: 'DESC' }, take: LAST_CAMPAIGNS })).reverse();
    if (campaigns.length === 0) return null;
    const departments = await this.results.departmentsInScope(user);
    const lines = departments.filter((department) => department.depth <= 1).slice(0, MAX_LINES);
    const series: TrendSeries[] = lines.map((department) => ({ departmentName: department.name, rates: [] }));
    for (const campaign of campaigns) {
      const rows = rollUpDrill(departments, await this.results.counts(campaign, scopePrefix(user)));
      lines.forEach((department, index) => series[index].rates.push(rows.find((row) => row.departmentCode === department.code)?.clickedRate ?? null));
    }
    const shown = series.filter((line) => line.rates.some((rate) => rate !== null));
    if (shown.length === 0) return null;
    const labels = campaigns.map((campaign) => formatDate(campaign.startsAt).slice(0, 5));
    return { chart: trendChart(labels, shown), campaigns: campaigns.map((campaign, index) => ({ id: campaign.id, label: labels[index], name: campaign.name })), series: shown };
  }
}
