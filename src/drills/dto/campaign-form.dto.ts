import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().normalize('NFC') : value);

/**
 * The campaign form as posted. Only shapes and lengths are checked here; what the values mean
 * (a link placeholder, a start in the future, a known course) is checked by campaignProblems,
 * which answers every problem at once in the re-rendered form.
 */
export class CampaignFormDto {
  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'Tên đợt diễn tập tối đa 200 ký tự.' })
  public name: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(32)
  public templateKey: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(100, { message: 'Tên người gửi tối đa 100 ký tự.' })
  public senderName: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(254, { message: 'Địa chỉ người gửi tối đa 254 ký tự.' })
  public senderAddress: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'Tiêu đề thư tối đa 200 ký tự.' })
  public subject: string = '';

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').normalize('NFC') : value))
  @IsString()
  @MaxLength(5000, { message: 'Nội dung thư tối đa 5000 ký tự.' })
  public body: string = '';

  /** One or several department codes (a multiple select); none: every department. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (value ? [value] : []) : value))
  @IsArray()
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  public departments: string[] = [];

  @Transform(({ value }) => value === 'on' || value === 'true' || value === true)
  @IsBoolean()
  public includeSubdepartments: boolean = false;

  @IsOptional()
  @IsString()
  @MaxLength(16)
  public role: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(32)
  public startsAt: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(8)
  public spreadHours: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(32)
  public remedialCourse: string = '';

  @Transform(trimmed)
  @IsString()
  @MaxLength(8)
  public remedialDueDays: string = '';
}
