import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** The assignments page's one parameter: `created=1` after a new assignment shows the notice. */
export class AssignmentsQueryDto {
  @IsOptional()
  @IsQueryText('created', 'Thông báo đã phân công', 8)
  public created?: string;
}
