import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** The verification form's one field; generous, since people paste serials with spaces around them. */
export class VerifyLookupQueryDto {
  @IsOptional()
  @IsQueryText('serial', 'Số hiệu giấy chứng nhận', 100)
  public serial?: string;
}
