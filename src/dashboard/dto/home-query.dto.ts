import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** The home pages' one parameter: `passwordChanged=1` after a password change shows the notice. */
export class HomeQueryDto {
  @IsOptional()
  @IsQueryText('passwordChanged', 'Thông báo đổi mật khẩu', 8)
  public passwordChanged?: string;
}
