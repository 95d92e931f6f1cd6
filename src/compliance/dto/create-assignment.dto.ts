import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES } from '../../access/role';

/** "24/11/2026" or "2026-11-24" (what a date input sends) → "2026-11-24"; anything else stays as typed. */
function isoDateFromForm(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return vietnamese ? `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}` : value.trim();
}

export class CreateAssignmentDto {
  @IsString()
  @MaxLength(32)
  public course: string = '';

  /** Empty: every department. */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  public department?: string;

  @Transform(({ value }) => value === 'on' || value === 'true' || value === true)
  @IsBoolean()
  public includeSubdepartments: boolean = false;

  /** Empty: every role. */
  @IsOptional()
  @IsIn(['', ...ROLES], { message: 'Vai trò không hợp lệ.' })
  public role?: string;

  @Transform(({ value }) => isoDateFromForm(value))
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Nhập hạn hoàn thành theo dạng ngày/tháng/năm, ví dụ 31/12/2026.' })
  public dueDate: string = '';
}
