import { Controller, Get, Query, Render } from '@nestjs/common';
import { Roles } from '../access/roles.decorator';
import { Role } from '../access/role';
import { AuditService } from './audit.service';
import { AuditPageQueryDto } from './dto/audit-page-query.dto';

const PAGE_SIZE = 50;

@Controller('admin/audit')
@Roles(Role.Admin)
export class AuditController {
  public constructor(private readonly audit: AuditService) {}

  @Get()
  @Render('audit/index')
  public async index(@Query() query: AuditPageQueryDto): Promise<object> {
    const page = query.page ?? 1;
    const events = await this.audit.latest(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    return {
      title: 'Nhật ký hệ thống',
      events: events.slice(0, PAGE_SIZE),
      page,
      previousPage: page > 1 ? page - 1 : null,
      nextPage: events.length > PAGE_SIZE ? page + 1 : null,
    };
  }
}
