import { DAY_MS } from '../common/vietnam-dates';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CoursesService } from '../courses/courses.service';
import { UsersService } from '../users/users.service';
import { messageOf } from './campaign-rules';
import { CampaignStatus } from './campaign-status';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { findTemplate } from './drill-templates';
import { RemedialService } from './remedial.service';

/** Two past drills, the second better than the first, so results and the heads' trend show something. */
const DEMO_DRILLS = [
  { name: 'Diễn tập tháng 10/2026 – thông báo thuế giả mạo', template: 'tax-notice', daysAgo: 40, dueDays: 90, clicked: 35, dataEntered: 18, reported: 10, seed: 7 },
  { name: 'Diễn tập tháng 11/2026 – cảnh báo “Zalo” giả mạo', template: 'zalo-warning', daysAgo: 12, dueDays: 60, clicked: 18, dataEntered: 8, reported: 30, seed: 13 },
];
// The demo assigns this course to everyone, due in 30 days; remedial due dates fall later, so the
// demo organisation's compliance figures (which guides and tests quote) stay as they are.
const REMEDIAL_COURSE = 'KGM-4032';

/**
 * Loads the demo drills as if they had run: every reachable person was sent the message; who
 * clicked, entered data or reported follows a fixed spread. No links exist for them.
 */
@Injectable()
export class DrillDemoService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly courses: CoursesService,
    private readonly remedial: RemedialService,
  ) {}

  public async load(now = new Date()): Promise<void> {
    const people = await this.users.findReachable(null, true, null);
    const { course } = await this.courses.findCurrent(REMEDIAL_COURSE);
    for (const plan of DEMO_DRILLS) {
      const template = findTemplate(plan.template)!;
      const startsAt = new Date(now.getTime() - plan.daysAgo * DAY_MS);
      await this.dataSource.transaction(async (manager) => {
        const campaign = await manager.save(
          manager.create(DrillCampaign, {
            name: plan.name,
            templateKey: template.key,
            ...messageOf(template),
            targetDepartmentIds: [],
            includeSubdepartments: true,
            targetRole: null,
            startsAt,
            spreadHours: 4,
            remedialCourseId: course.id,
            remedialCourse: course,
            remedialDueDays: plan.dueDays,
            status: CampaignStatus.Finished,
            createdById: null,
            stoppedAt: null,
            finishedAt: new Date(startsAt.getTime() + 4 * 3_600_000),
            reducedAt: null,
          }),
        );
        for (const person of people) {
          // A fixed spread over people: the same demo on every machine.
          const draw = (person.id * 37 + plan.seed * 11) % 100;
          const at = (hours: number): Date => new Date(startsAt.getTime() + hours * 3_600_000);
          const clicked = draw < plan.clicked;
          const row = await manager.save(
            manager.create(DrillRecipient, {
              campaignId: campaign.id,
              userId: person.id,
              departmentId: person.departmentId,
              departmentPath: person.departmentPath,
              scheduledAt: at(1),
              tokenHash: null,
              claimedAt: at(1),
              sentAt: at(1),
              sendFailures: 0,
              clickedAt: clicked ? at(2) : null,
              dataEnteredAt: draw < plan.dataEntered ? at(2) : null,
              reportedAt: !clicked && draw >= 100 - plan.reported ? at(3) : null,
              remedialAssignedAt: null,
            }),
          );
          if (clicked) await this.remedial.assignOnce(manager, row, campaign, at(2));
        }
      });
    }
  }
}
