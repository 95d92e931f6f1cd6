import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const PAGE_MESSAGE = 'Số trang phải là số nguyên từ 1 đến 10.000.';

/** The audit log's one parameter: the page number, 1 when absent. */
export class AuditPageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: PAGE_MESSAGE })
  @Min(1, { message: PAGE_MESSAGE })
  @Max(10_000, { message: PAGE_MESSAGE })
  public page?: number;
}
