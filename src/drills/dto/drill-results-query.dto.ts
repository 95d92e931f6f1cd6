import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** `department=<code>` lists the people of that department (and its sub-departments). */
export class DrillResultsQueryDto {
  @IsOptional()
  @IsQueryText('department', 'Đơn vị', 32)
  public department?: string;
}
