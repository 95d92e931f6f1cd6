import { ConflictException, ForbiddenException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { DepartmentsService } from '../departments/departments.service';
import { Role } from '../access/role';
import { UsersService } from '../users/users.service';
import { decodeCsv, nonTextProblem } from './csv-file';
import { isImportKind } from './import-kind';
import { ImportUpload } from './import-upload.entity';
import { claimUpload, deleteExpiredUploads, findOwnUpload, forgetUploadText, saveUpload, uploadText } from './import-uploads';
import { applyImport, ImportOutcome, PlannedImport, planImport } from './run-import';
import { UploadRefusedException } from './upload-refused.exception';

/** The part of a multer file this feature reads (multer's own typings are not installed). */
export interface UploadedCsv {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export type ApplyResult = { applied: true; upload: ImportUpload; outcome: ImportOutcome } | { applied: false };

const IMPORTERS: readonly Role[] = [Role.Hr, Role.Admin];
const CSV_NAME = /\.(csv|txt)$/i;

/** Thrown inside the confirming transaction to roll it back when the file no longer fits the database. */
class StillHasProblems extends Error {}

@Injectable()
export class StaffImportService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
    private readonly audit: AuditService,
  ) {}

  /** Stores the file for the preview; nothing about people or departments is written. Returns the upload id. */
  public async upload(actor: SignedInUser, kind: unknown, file: UploadedCsv | undefined): Promise<string> {
    this.requireImporter(actor);
    if (!isImportKind(kind)) throw new UploadRefusedException('Hãy chọn loại danh sách: cán bộ hoặc đơn vị.');
    const bytes = this.checkedBytes(file);
    const { text, encoding } = decodeCsv(bytes);
    const fileName = (file?.originalname ?? '').normalize('NFC').slice(0, 255);
    return this.dataSource.transaction(async (manager) => {
      await deleteExpiredUploads(manager);
      return (await saveUpload(manager, { kind, uploadedById: actor.id, fileName, encoding, text })).id;
    });
  }

  /** The upload and what it would do now; null for the plan once it has been applied. */
  public async preview(actor: SignedInUser, id: string): Promise<{ upload: ImportUpload; planned: PlannedImport | null }> {
    this.requireImporter(actor);
    const manager = this.dataSource.manager;
    const upload = await this.ownUpload(manager, actor, id);
    if (upload.appliedAt) return { upload, planned: null };
    return { upload, planned: await this.plan(manager, actor, upload) };
  }

  /** Plans again from the stored file (the database may have changed) and applies it in one transaction. */
  public async apply(actor: SignedInUser, id: string, ip: string | null): Promise<ApplyResult> {
    this.requireImporter(actor);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const upload = await this.ownUpload(manager, actor, id);
        if (!(await claimUpload(manager, upload.id))) throw new ConflictException('Tệp này đã được nhập rồi. Hãy tải lên lại nếu cần nhập lần nữa.');
        const planned = await this.plan(manager, actor, upload);
        if (planned.plan.problems.length > 0) throw new StillHasProblems();
        const services = { users: this.users, departments: this.departments, compliance: this.compliance, audit: this.audit };
        const outcome = await applyImport(manager, planned, services, { actor, actorName: actor.username, fileName: upload.fileName, uploadId: upload.id, ip });
        await forgetUploadText(manager, upload.id);
        return { applied: true as const, upload, outcome };
      });
    } catch (error) {
      if (error instanceof StillHasProblems) return { applied: false };
      throw error;
    }
  }

  private async plan(manager: EntityManager, actor: SignedInUser, upload: ImportUpload): Promise<PlannedImport> {
    return planImport(manager, upload.kind, await uploadText(manager, upload.id), { id: actor.id, role: actor.role });
  }

  private async ownUpload(manager: EntityManager, actor: SignedInUser, id: string): Promise<ImportUpload> {
    const upload = await findOwnUpload(manager, id, actor.id);
    if (!upload) throw new NotFoundException('Không tìm thấy tệp đã tải lên, hoặc tệp đã quá 24 giờ. Hãy tải lên lại.');
    return upload;
  }

  private requireImporter(actor: SignedInUser): void {
    if (!IMPORTERS.includes(actor.role)) throw new ForbiddenException('Bạn không có quyền nhập danh sách.');
  }

  private checkedBytes(file: UploadedCsv | undefined): Buffer {
    if (!file) throw new UploadRefusedException('Hãy chọn tệp CSV để tải lên.');
    if (!CSV_NAME.test(file.originalname)) {
      throw new UploadRefusedException('Chỉ nhận tệp CSV (.csv). Nếu danh sách đang ở dạng Excel, hãy chọn "Lưu thành" → "CSV UTF-8" rồi tải lên tệp đó.', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    if (file.size === 0) throw new UploadRefusedException('Tệp tải lên rỗng.');
    const problem = nonTextProblem(file.buffer);
    if (problem === 'excel') {
      throw new UploadRefusedException('Tệp này là bảng tính Excel, không phải CSV. Hãy mở bằng Excel, chọn "Lưu thành" → "CSV UTF-8" rồi tải lên tệp đó.', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    if (problem === 'binary') throw new UploadRefusedException('Tệp không phải văn bản CSV.', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    return file.buffer;
  }
}
