import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { CampaignsService } from './campaigns.service';
import { DrillResultsService } from './drill-results.service';
import { CampaignFormDto } from './dto/campaign-form.dto';
import { DrillResultsQueryDto } from './dto/drill-results-query.dto';
import { NewCampaignQueryDto } from './dto/new-campaign-query.dto';
import { ReportPhishService } from './report-phish.service';

type RedirectTo = { url: string; statusCode: number };

/** Phishing drills (product.md §11): campaigns for admin and HR, results for them and for heads. */
@Controller('drills')
@Roles(Role.Admin, Role.Hr, Role.Head)
export class DrillsController {
  public constructor(
    private readonly campaigns: CampaignsService,
    private readonly results: DrillResultsService,
    private readonly reports: ReportPhishService,
  ) {}

  @Get()
  @Render('drills/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Diễn tập thư lừa đảo', ...(await this.results.list(user)) };
  }

  @Get('new')
  @Roles(Role.Admin, Role.Hr)
  @Render('drills/new')
  public async newCampaign(@CurrentUser() user: SignedInUser, @Query() query: NewCampaignQueryDto): Promise<object> {
    return { title: 'Tạo đợt diễn tập', ...(await this.campaigns.newPage(user, query.template)) };
  }

  @Post()
  @Roles(Role.Admin, Role.Hr)
  public async create(@CurrentUser() user: SignedInUser, @Body() form: CampaignFormDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.campaigns.create(user, form, request.ip ?? '');
    if ('problems' in outcome) return response.status(422).render('drills/new', { title: 'Tạo đợt diễn tập', ...outcome.page });
    response.redirect(303, `/drills/${outcome.campaign.id}/preview`);
  }

  @Get('reports')
  @Roles(Role.Admin)
  @Render('drills/reports')
  public async reported(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Thư đáng ngờ được báo cáo', reports: await this.reports.latest(user) };
  }

  // Declared before ':id' so that "12.csv" is never read as an id.
  @Get(':id.csv')
  public async csv(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = await this.results.exportCsv(user, id, request.ip ?? '');
    response.set(file.headers).send(file.body);
  }

  @Get(':id')
  @Render('drills/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Query() query: DrillResultsQueryDto): Promise<object> {
    return { title: 'Kết quả diễn tập', ...(await this.results.show(user, id, query.department)) };
  }

  @Get(':id/preview')
  @Roles(Role.Admin, Role.Hr)
  @Render('drills/preview')
  public async preview(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number): Promise<object> {
    return { title: 'Xem trước thư diễn tập', ...(await this.campaigns.preview(user, id)) };
  }

  @Post(':id/schedule')
  @Roles(Role.Admin, Role.Hr)
  @Redirect()
  public async schedule(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Req() request: Request): Promise<RedirectTo> {
    await this.campaigns.schedule(user, id, request.ip ?? '');
    return { url: `/drills/${id}`, statusCode: 303 };
  }

  @Post(':id/stop')
  @Roles(Role.Admin, Role.Hr)
  @Redirect()
  public async stop(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Req() request: Request): Promise<RedirectTo> {
    await this.campaigns.stop(user, id, request.ip ?? '');
    return { url: `/drills/${id}`, statusCode: 303 };
  }
}
