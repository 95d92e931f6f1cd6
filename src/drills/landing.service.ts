import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { vietnamDate } from '../common/vietnam-dates';
import { AssignmentsService } from '../compliance/assignments.service';
import { CoursesService } from '../courses/courses.service';
import { NoticeKind } from '../reminders/notice.entity';
import { NoticesService } from '../reminders/notices.service';
import { remedialNotice } from './drill-texts';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { DrillTemplate, findTemplate, LandingPage } from './drill-templates';
import { hashDrillToken, isTokenShaped } from './drill-token';

/** A link works this long after its message was sent; after that it answers like an unknown one. */
export const LINK_VALID_DAYS = 30;
const DAY_MS = 86_400_000;

export interface TeachingPage {
  subject: string;
  senderName: string;
  senderAddress: string;
  signs: string[];
  dataEntered: boolean;
  course: { code: string; title: string } | null;
  dueDate: string;
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
    private readonly assignments: AssignmentsService,
    private readonly notices: NoticesService,
    private readonly courses: CoursesService,
  ) {}

  public async open(token: string, now = new Date()): Promise<LandingPage> {
    return this.dataSource.transaction(async (manager) => {
      const { recipient, campaign, template } = await this.find(manager, token, now);
      await manager.update(DrillRecipient, { id: recipient.id, clickedAt: IsNull() }, { clickedAt: now });
      await this.remediate(manager, recipient, campaign, now);
      return template.landing;
    });
  }

  /** The request's body is not an argument: nothing typed on the page reaches this code. */
  public async submit(token: string, now = new Date()): Promise<TeachingPage> {
    return this.dataSource.transaction(async (manager) => {
      const { recipient, campaign, template } = await this.find(manager, token, now);
      await manager.update(DrillRecipient, { id: recipient.id, clickedAt: IsNull() }, { clickedAt: now });
      await manager.update(DrillRecipient, { id: recipient.id, dataEnteredAt: IsNull() }, { dataEnteredAt: now });
      const remedial = await this.remediate(manager, recipient, campaign, now);
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

  /** Once per campaign and person: the conditional update decides, whatever the replays. */
  private async remediate(manager: EntityManager, recipient: DrillRecipient, campaign: DrillCampaign, now: Date): Promise<Pick<TeachingPage, 'course' | 'dueDate'>> {
    const { course, version } = await this.courses.findCurrent(campaign.remedialCourse!.code);
    const first = await manager.update(DrillRecipient, { id: recipient.id, remedialAssignedAt: IsNull() }, { remedialAssignedAt: now });
    const assignedAt = first.affected ? now : (recipient.remedialAssignedAt ?? now);
    const dueDate = vietnamDate(new Date(assignedAt.getTime() + campaign.remedialDueDays * DAY_MS));
    if (first.affected) {
      await this.assignments.assignPerson(manager, { userId: recipient.userId, courseId: course.id, dueDate, reason: `drill:${campaign.id}` });
      const notice = remedialNotice(campaign.subject, version.title, dueDate);
      await this.notices.notify(manager, {
        userId: recipient.userId,
        kind: NoticeKind.DrillRemedial,
        dedupeKey: `drill:${campaign.id}:${recipient.userId}`,
        ...notice,
        link: `/courses/${course.code}`,
      });
    }
    return { course: { code: course.code, title: version.title }, dueDate };
  }
}
