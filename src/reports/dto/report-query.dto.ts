import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/**
 * The filters of every report route. A repeated parameter arrives as an array and used to reach
 * the database as one (a 500); it is now a 400 with a Vietnamese message (issue 10, finding 3).
 */
export class ReportQueryDto {
  @IsOptional()
  @IsQueryText('department', 'Mã đơn vị')
  public department?: string;

  @IsOptional()
  @IsQueryText('course', 'Mã khóa học')
  public course?: string;
}
