import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { DAY_MS, vietnamDate } from '../common/vietnam-dates';
import { AssignmentsService } from '../compliance/assignments.service';
import { CoursesService } from '../courses/courses.service';
import { NoticeKind } from '../reminders/notice.entity';
import { NoticesService } from '../reminders/notices.service';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { remedialNotice } from './drill-texts';

export interface Remedial {
  course: { code: string; title: string };
  dueDate: string;
}

/** A click or data entry assigns the campaign's remedial course: an ordinary assignment, once per campaign and person. */
@Injectable()
export class RemedialService {
  public constructor(
    private readonly assignments: AssignmentsService,
    private readonly notices: NoticesService,
    private readonly courses: CoursesService,
  ) {}

  /** The conditional update decides "once", whatever the replays or parallel requests. */
  public async assignOnce(manager: EntityManager, recipient: DrillRecipient, campaign: DrillCampaign, now: Date): Promise<Remedial> {
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
