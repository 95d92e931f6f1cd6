import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const ONE_VALUE = 'chỉ được có một giá trị';

/**
 * The filters of every report route. A repeated parameter arrives as an array and used to reach
 * the database as one (a 500); it is now a 400 with a Vietnamese message (issue 10, finding 3).
 */
export class ReportQueryDto {
  @IsOptional()
  @IsString({ message: `Tham số "department" (đơn vị) ${ONE_VALUE}.` })
  @MaxLength(64, { message: 'Mã đơn vị quá dài.' })
  public department?: string;

  @IsOptional()
  @IsString({ message: `Tham số "course" (khóa học) ${ONE_VALUE}.` })
  @MaxLength(64, { message: 'Mã khóa học quá dài.' })
  @Matches(/^[^\u0000-\u001f]*$/, { message: 'Mã khóa học không hợp lệ.' })
  public course?: string;
}
