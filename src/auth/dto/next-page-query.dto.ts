import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** Where to go after signing in; still passed through safeLocalPath, which keeps only local paths. */
export class NextPageQueryDto {
  @IsOptional()
  @IsQueryText('next', 'Trang cần mở sau khi đăng nhập', 2048)
  public next?: string;
}
