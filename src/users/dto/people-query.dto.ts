import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** The people list's one parameter: `q`, part of a name, an e-mail or a staff code. */
export class PeopleQueryDto {
  @IsOptional()
  @IsQueryText('q', 'Từ khóa tìm kiếm', 100)
  public q?: string;
}
