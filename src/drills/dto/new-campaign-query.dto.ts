import { IsOptional } from 'class-validator';
import { IsQueryText } from '../../web/query-text.validator';

/** `template=<key>` fills the new campaign's form from a built-in template. */
export class NewCampaignQueryDto {
  @IsOptional()
  @IsQueryText('template', 'Mẫu thư', 32)
  public template?: string;
}
