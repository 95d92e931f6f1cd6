import { Body, Controller, Get, Header, HttpCode, Param, Post, Redirect, Render, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { CsrfAfterUploadInterceptor, CsrfCheckedAfterUpload } from '../security/csrf';
import { Role } from '../access/role';
import { EXAMPLE_DEPARTMENTS_CSV, EXAMPLE_STAFF_CSV } from './example-csv';
import { formView, previewView, resultView } from './import-views';
import { StaffImportService, UploadedCsv } from './staff-import.service';
import { MAX_UPLOAD_MB, UploadErrorFilter } from './upload-error.filter';

/** Multer keeps the file in memory (no `dest`); one file and a few fields per request. */
const UPLOAD_LIMITS = { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5, parts: 6 };

@Controller('people/import')
@Roles(Role.Hr, Role.Admin)
export class StaffImportController {
  public constructor(private readonly imports: StaffImportService) {}

  @Get()
  @Render('import/index')
  public form(): object {
    return formView();
  }

  @Get('example-staff.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="mau-danh-sach-can-bo.csv"')
  public exampleStaff(): string {
    return EXAMPLE_STAFF_CSV;
  }

  @Get('example-departments.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="mau-danh-sach-don-vi.csv"')
  public exampleDepartments(): string {
    return EXAMPLE_DEPARTMENTS_CSV;
  }

  /** The form's CSRF token is checked once multer has read it: see CsrfCheckedAfterUpload. */
  @Post()
  @CsrfCheckedAfterUpload()
  @UseFilters(UploadErrorFilter)
  @UseInterceptors(FileInterceptor('file', { limits: UPLOAD_LIMITS, defParamCharset: 'utf8' }), CsrfAfterUploadInterceptor)
  @Redirect()
  public async upload(@CurrentUser() user: SignedInUser, @Body('kind') kind: unknown, @UploadedFile() file: UploadedCsv | undefined): Promise<{ url: string; statusCode: number }> {
    const id = await this.imports.upload(user, kind, file);
    return { url: `/people/import/${id}`, statusCode: 303 };
  }

  @Get(':id')
  @Render('import/preview')
  @Header('Cache-Control', 'private, no-store')
  public async preview(@CurrentUser() user: SignedInUser, @Param('id') id: string): Promise<object> {
    const { upload, planned } = await this.imports.preview(user, id);
    return previewView(upload, planned);
  }

  /** The result carries one-time passwords: rendered once, never cached, never stored. */
  @Post(':id/apply')
  @HttpCode(200)
  public async apply(@CurrentUser() user: SignedInUser, @Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const result = await this.imports.apply(user, id, request.ip ?? null);
    response.setHeader('Cache-Control', 'private, no-store');
    if (!result.applied) return response.redirect(303, `/people/import/${id}`);
    response.render('import/result', resultView(result.upload, result.outcome));
  }
}
