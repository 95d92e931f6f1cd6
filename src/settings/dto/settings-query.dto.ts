import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** The settings page's one parameter: `saved=1` after saving shows the notice. */
export class SettingsQueryDto {
  @IsOptional()
  @IsQueryText('saved', 'Thông báo đã lưu', 8)
  public saved?: string;
}
