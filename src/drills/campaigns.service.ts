import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { requireRole } from '../access/require-access';
import { SignedInUser } from '../access/signed-in-user';
import { AppConfig } from '../config/app-config';
import { CoursesService } from '../courses/courses.service';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { Role, ROLES } from '../access/role';
import { ReachablePerson, UsersService } from '../users/users.service';
import { CampaignForm, campaignProblems, CampaignProblems, messageOf, parseVietnamDateTime, personalMessage, spreadTimes } from './campaign-rules';
import { CampaignStatus, STOPPABLE } from './campaign-status';
import { DrillCampaign } from './drill-campaign.entity';
import { DrillRecipient } from './drill-recipient.entity';
import { DRILL_TEMPLATES, findTemplate } from './drill-templates';
import { drillLink, newDrillToken } from './drill-token';
import { CampaignFormDto } from './dto/campaign-form.dto';

const CAMPAIGN_MANAGERS = [Role.Admin, Role.Hr];
const INSERT_BATCH = 200;

export type CreateOutcome = { campaign: DrillCampaign } | { problems: CampaignProblems; page: object };

/** Creating, previewing, scheduling and stopping campaigns (admin and HR). */
@Injectable()
export class CampaignsService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly courses: CoursesService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  /** The new campaign's form, filled from a built-in template. */
  public async newPage(actor: SignedInUser, templateKey = DRILL_TEMPLATES[0].key): Promise<object> {
    requireRole(actor, CAMPAIGN_MANAGERS);
    const template = findTemplate(templateKey) ?? DRILL_TEMPLATES[0];
    const form = {
      templateKey: template.key,
      senderName: template.senderName,
      senderAddress: template.senderAddress,
      subject: template.subject,
      body: template.body,
      includeSubdepartments: true,
      spreadHours: '4',
      remedialDueDays: '14',
    };
    return this.formPage(actor, form, {});
  }

  /** Saves a draft when every rule holds; otherwise the form again with every problem, nothing saved. */
  public async create(actor: SignedInUser, dto: CampaignFormDto, ip: string, now = new Date()): Promise<CreateOutcome> {
    requireRole(actor, CAMPAIGN_MANAGERS);
    const form: CampaignForm = { ...dto, templateKey: dto.templateKey, departmentCodes: [...new Set(dto.departments)], role: dto.role ?? '' };
    const course = await this.courses.findCurrent(form.remedialCourse).catch(() => null);
    const departments = await this.departments.findByCodes(form.departmentCodes);
    const unknownDepartments = form.departmentCodes.filter((code) => !departments.some((department) => department.code === code));
    const targets = unknownDepartments.length ? [] : await this.targets(departments, form.includeSubdepartments, (form.role || null) as Role | null);
    const problems = campaignProblems(form, { now, remedialCourseKnown: course !== null, unknownDepartments, targetCount: targets.length });
    if (Object.keys(problems).length) return { problems, page: await this.formPage(actor, { ...form, departments: form.departmentCodes }, problems) };
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.save(
        manager.create(DrillCampaign, {
          name: form.name,
          templateKey: form.templateKey,
          ...messageOf(form),
          targetDepartmentIds: departments.map((department) => department.id),
          includeSubdepartments: form.includeSubdepartments,
          targetRole: (form.role || null) as Role | null,
          startsAt: parseVietnamDateTime(form.startsAt)!,
          spreadHours: Number(form.spreadHours),
          remedialCourseId: course!.course.id,
          remedialDueDays: Number(form.remedialDueDays),
          status: CampaignStatus.Draft,
          createdById: actor.id,
          stoppedAt: null,
          finishedAt: null,
          reducedAt: null,
        }),
      );
      const details = {
        name: campaign.name,
        template: campaign.templateKey,
        departments: form.departmentCodes,
        includeSubdepartments: form.includeSubdepartments,
        role: form.role || null,
        startsAt: campaign.startsAt.toISOString(),
        spreadHours: campaign.spreadHours,
        remedialCourse: form.remedialCourse,
        remedialDueDays: campaign.remedialDueDays,
        targets: targets.length,
      };
      await this.audit.record({ action: AuditAction.DrillCampaignCreated, actor, ip, target: { type: 'drill_campaign', id: campaign.id }, details }, manager);
      return { campaign };
    });
  }

  /** Exactly what the first person will receive (each person's link has its own token), and how many will. */
  public async preview(actor: SignedInUser, id: number): Promise<object> {
    requireRole(actor, CAMPAIGN_MANAGERS);
    const campaign = await this.find(id);
    const targets = await this.targetsOf(campaign);
    const first = targets.length ? await this.users.findById(targets[0].id) : null;
    const message = personalMessage(campaign, first?.fullName ?? actor.fullName, drillLink(this.config.publicUrl, newDrillToken().token));
    const departments = await this.departments.findByIds(campaign.targetDepartmentIds);
    return {
      campaign,
      template: findTemplate(campaign.templateKey),
      targetCount: targets.length,
      targetDepartments: departments.map((department) => department.name),
      course: campaign.remedialCourse,
      smtpConfigured: this.config.smtpUrl !== null,
      message: { from: `${campaign.senderName} <${campaign.senderAddress}>`, to: first?.email ?? '', ...message },
    };
  }

  /** Plans one row per person, spread over the window, and hands the campaign to the sender. */
  public async schedule(actor: SignedInUser, id: number, ip: string, now = new Date()): Promise<void> {
    requireRole(actor, CAMPAIGN_MANAGERS);
    const campaign = await this.find(id);
    if (campaign.status !== CampaignStatus.Draft) throw new BadRequestException('Chỉ lên lịch được một đợt đang là bản nháp.');
    if (campaign.startsAt.getTime() < now.getTime()) throw new BadRequestException('Thời điểm bắt đầu gửi đã qua: hãy tạo lại đợt diễn tập với một thời điểm trong tương lai.');
    const targets = shuffled(await this.targetsOf(campaign));
    if (targets.length === 0) throw new BadRequestException('Không có ai thuộc đối tượng đã chọn (cán bộ đang làm việc, có địa chỉ thư điện tử).');
    const times = spreadTimes(targets.length, campaign.startsAt, campaign.spreadHours);
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(DrillCampaign, { id, status: CampaignStatus.Draft }, { status: CampaignStatus.Scheduled, updatedAt: now });
      if (!moved.affected) throw new BadRequestException('Chỉ lên lịch được một đợt đang là bản nháp.');
      const rows = targets.map((person, index) => ({
        campaignId: id,
        userId: person.id,
        departmentId: person.departmentId,
        departmentPath: person.departmentPath,
        scheduledAt: times[index],
        sendFailures: 0,
      }));
      for (let start = 0; start < rows.length; start += INSERT_BATCH) await manager.insert(DrillRecipient, rows.slice(start, start + INSERT_BATCH));
      await this.audit.record(
        {
          action: AuditAction.DrillCampaignScheduled,
          actor,
          ip,
          target: { type: 'drill_campaign', id },
          details: { name: campaign.name, recipients: rows.length, startsAt: campaign.startsAt.toISOString(), spreadHours: campaign.spreadHours },
        },
        manager,
      );
    });
  }

  /** No further message leaves once stopped; links already sent keep counting and teaching. */
  public async stop(actor: SignedInUser, id: number, ip: string): Promise<void> {
    requireRole(actor, CAMPAIGN_MANAGERS);
    const campaign = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(DrillCampaign, { id, status: In([...STOPPABLE]) }, { status: CampaignStatus.Stopped, stoppedAt: new Date(), updatedAt: new Date() });
      if (!moved.affected) throw new BadRequestException('Đợt diễn tập này đã kết thúc.');
      await this.audit.record({ action: AuditAction.DrillCampaignStopped, actor, ip, target: { type: 'drill_campaign', id }, details: { name: campaign.name, was: campaign.status } }, manager);
    });
  }

  private async find(id: number): Promise<DrillCampaign> {
    const campaign = await this.dataSource.getRepository(DrillCampaign).findOne({ where: { id }, relations: { remedialCourse: true } });
    if (!campaign) throw new NotFoundException('Không tìm thấy đợt diễn tập.');
    return campaign;
  }

  private async targetsOf(campaign: DrillCampaign): Promise<ReachablePerson[]> {
    return this.targets(await this.departments.findByIds(campaign.targetDepartmentIds), campaign.includeSubdepartments, campaign.targetRole);
  }

  /** No department chosen: everyone (a role may narrow it). */
  private async targets(departments: Department[], withSubdepartments: boolean, role: Role | null): Promise<ReachablePerson[]> {
    return this.users.findReachable(departments.length ? departments.map((department) => department.path) : null, withSubdepartments, role);
  }

  private async formPage(actor: SignedInUser, form: object, problems: CampaignProblems): Promise<object> {
    return {
      form,
      errors: problems,
      hasErrors: Object.keys(problems).length > 0,
      templates: DRILL_TEMPLATES,
      courses: await this.courses.options(),
      departments: await this.departments.overviewFor(actor),
      roles: ROLES,
      smtpConfigured: this.config.smtpUrl !== null,
    };
  }
}

/** A random order of people, so the first messages do not all land in one office. */
function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
