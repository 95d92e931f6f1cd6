import { Logger } from '@nestjs/common';
import { DataSource, IsNull, LessThan, LessThanOrEqual, MoreThan, Not } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { MailSender } from '../reminders/mailer';
import { UsersService } from '../users/users.service';
import { personalMessage } from './campaign-rules';
import { CampaignStatus } from './campaign-status';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { drillLink, newDrillToken } from './drill-token';

const PAGE = 100;
/** A message the SMTP server refused this many times is given up (and never counted as sent). */
const MAX_SEND_FAILURES = 3;

export interface DrillSenderOptions {
  publicUrl: string;
  mailsPerMinute: number;
  /** Waits between two messages; tests pass a shorter one. */
  pause?: (ms: number) => Promise<void>;
}

/**
 * Sends the messages that are due. A row is claimed (claimed_at set where it was null, with its
 * token's hash) before its message goes out: whichever instance wins the claim sends, the others
 * skip it, and a restart never sends a claimed row again. A crash between the claim and the SMTP
 * hand-over loses that one message rather than sending it twice; it is not counted as sent.
 */
export class DrillSender {
  private readonly logger = new Logger(DrillSender.name);
  private readonly pause: (ms: number) => Promise<void>;

  public constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailSender | null,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly options: DrillSenderOptions,
  ) {
    this.pause = options.pause ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** One pass: starts campaigns whose time has come, sends what is due, finishes what is done. */
  public async run(now = new Date()): Promise<{ sent: number }> {
    if (!this.mailer) return { sent: 0 };
    await this.startDue(now);
    let sent = 0;
    for (const campaign of await this.dataSource.getRepository(DrillCampaign).findBy({ status: CampaignStatus.Sending })) {
      sent += await this.sendDue(campaign, now);
      await this.finishIfDone(campaign);
    }
    return { sent };
  }

  private async startDue(now: Date): Promise<void> {
    const due = await this.dataSource.getRepository(DrillCampaign).findBy({ status: CampaignStatus.Scheduled, startsAt: LessThanOrEqual(now) });
    for (const campaign of due) {
      await this.dataSource.transaction(async (manager) => {
        const moved = await manager.update(DrillCampaign, { id: campaign.id, status: CampaignStatus.Scheduled }, { status: CampaignStatus.Sending, updatedAt: now });
        if (moved.affected) await this.audit.record({ action: AuditAction.DrillCampaignStarted, target: { type: 'drill_campaign', id: campaign.id }, details: { name: campaign.name } }, manager);
      });
    }
  }

  private async sendDue(campaign: DrillCampaign, now: Date): Promise<number> {
    const recipients = this.dataSource.getRepository(DrillRecipient);
    let sent = 0;
    for (let after = 0; ;) {
      const page = await recipients.find({
        where: { id: MoreThan(after), campaignId: campaign.id, claimedAt: IsNull(), scheduledAt: LessThanOrEqual(now), sendFailures: LessThan(MAX_SEND_FAILURES) },
        select: { id: true, userId: true },
        order: { id: 'ASC' },
        take: PAGE,
      });
      if (page.length === 0) return sent;
      for (const row of page) {
        const outcome = await this.sendOne(campaign, row);
        if (outcome === 'stopped') return sent;
        if (outcome === 'sent') {
          sent++;
          await this.pause(60_000 / this.options.mailsPerMinute);
        }
      }
      after = page[page.length - 1].id;
    }
  }

  private async sendOne(campaign: DrillCampaign, row: DrillRecipient): Promise<'sent' | 'skipped' | 'stopped'> {
    const { token, hash } = newDrillToken();
    const claim = await this.dataSource
      .createQueryBuilder()
      .update(DrillRecipient)
      .set({ claimedAt: new Date(), tokenHash: hash })
      .where('id = :id AND claimed_at IS NULL', { id: row.id })
      // A stop takes effect between two messages, in the same statement that claims the next one.
      .andWhere('campaign_id IN (SELECT id FROM drill_campaigns WHERE status = :sending)', { sending: CampaignStatus.Sending })
      .execute();
    if (!claim.affected) return (await this.stillSending(campaign.id)) ? 'skipped' : 'stopped';
    const person = await this.users.findById(row.userId);
    if (!person?.active || !person.email) return 'skipped';
    const message = personalMessage(campaign, person.fullName, drillLink(this.options.publicUrl, token));
    try {
      await this.mailer!.send(person.email, message.subject, message.text, { name: campaign.senderName, address: campaign.senderAddress });
    } catch (error) {
      // Refused before it left: release the claim so a later pass tries again, a few times at most.
      this.logger.warn(`Drill ${campaign.id}: SMTP refused a message (${(error as Error).message})`);
      await this.dataSource.getRepository(DrillRecipient).update({ id: row.id }, { claimedAt: null, tokenHash: null, sendFailures: () => 'send_failures + 1' });
      return 'skipped';
    }
    await this.dataSource.getRepository(DrillRecipient).update({ id: row.id }, { sentAt: new Date() });
    return 'sent';
  }

  private async stillSending(campaignId: number): Promise<boolean> {
    return this.dataSource.getRepository(DrillCampaign).existsBy({ id: campaignId, status: CampaignStatus.Sending });
  }

  /** Finished when nobody is left to claim; the conditional update lets one instance say so. */
  private async finishIfDone(campaign: DrillCampaign): Promise<void> {
    const left = await this.dataSource.getRepository(DrillRecipient).countBy({ campaignId: campaign.id, claimedAt: IsNull(), sendFailures: LessThan(MAX_SEND_FAILURES) });
    if (left > 0) return;
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(DrillCampaign, { id: campaign.id, status: CampaignStatus.Sending }, { status: CampaignStatus.Finished, finishedAt: new Date(), updatedAt: new Date() });
      if (!moved.affected) return;
      const sent = await manager.countBy(DrillRecipient, { campaignId: campaign.id, sentAt: Not(IsNull()) });
      await this.audit.record({ action: AuditAction.DrillCampaignFinished, target: { type: 'drill_campaign', id: campaign.id }, details: { name: campaign.name, sent } }, manager);
    });
  }
}
