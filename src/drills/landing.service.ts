import { DAY_MS } from '../common/vietnam-dates';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { DrillTemplate, findTemplate, LandingPage } from './drill-templates';
import { hashDrillToken, isTokenShaped } from './drill-token';
import { Remedial, RemedialService } from './remedial.service';

/** A link works this long after its message was sent; after that it answers like an unknown one. */
const LINK_VALID_DAYS = 30;

export interface TeachingPage extends Remedial {
  subject: string;
  senderName: string;
  senderAddress: string;
  signs: string[];
  dataEntered: boolean;
}

const NOT_FOUND = 'Không tìm thấy trang.';

/**
 * What a drill link does: the first visit counts a click, submitting the imitation form counts
 * "data entered" (its fields are never read), and either assigns the remedial course once.
 */
@Injectable()
export class LandingService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly remedial: RemedialService,
  ) {}

  public async open(token: string, now = new Date()): Promise<LandingPage> {
    return this.dataSource.transaction(async (manager) => {
      const { recipient, campaign, template } = await this.find(manager, token, now);
      await manager.update(DrillRecipient, { id: recipient.id, clickedAt: IsNull() }, { clickedAt: now });
      await this.remedial.assignOnce(manager, recipient, campaign, now);
      return template.landing;
    });
  }

  /** A HEAD request (link scanners of mail gateways send them) answers like a visit but records nothing. */
  public async check(token: string, now = new Date()): Promise<void> {
    await this.find(this.dataSource.manager, token, now);
  }

  /** The request's body is not an argument: nothing typed on the page reaches this code. */
  public async submit(token: string, now = new Date()): Promise<TeachingPage> {
    return this.dataSource.transaction(async (manager) => {
      const { recipient, campaign, template } = await this.find(manager, token, now);
      await manager.update(DrillRecipient, { id: recipient.id, clickedAt: IsNull() }, { clickedAt: now });
      await manager.update(DrillRecipient, { id: recipient.id, dataEnteredAt: IsNull() }, { dataEnteredAt: now });
      const remedial = await this.remedial.assignOnce(manager, recipient, campaign, now);
      return { subject: campaign.subject, senderName: campaign.senderName, senderAddress: campaign.senderAddress, signs: template.signs, dataEntered: true, ...remedial };
    });
  }

  private async find(manager: EntityManager, token: string, now: Date): Promise<{ recipient: DrillRecipient; campaign: DrillCampaign; template: DrillTemplate }> {
    if (!isTokenShaped(token)) throw new NotFoundException(NOT_FOUND);
    const recipient = await manager.findOne(DrillRecipient, { where: { tokenHash: hashDrillToken(token) }, relations: { campaign: { remedialCourse: true } } });
    const campaign = recipient?.campaign;
    const template = campaign ? findTemplate(campaign.templateKey) : undefined;
    const fresh = recipient?.claimedAt && now.getTime() - recipient.claimedAt.getTime() < LINK_VALID_DAYS * DAY_MS;
    if (!recipient || !campaign || !template || !fresh || campaign.reducedAt) throw new NotFoundException(NOT_FOUND);
    return { recipient, campaign, template };
  }
}
