import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReportPhishDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Dán đường liên kết hoặc nội dung thư đáng ngờ.' })
  @IsNotEmpty({ message: 'Dán đường liên kết hoặc nội dung thư đáng ngờ.' })
  @MaxLength(20000, { message: 'Nội dung dán vào tối đa 20000 ký tự.' })
  public text: string = '';
}
