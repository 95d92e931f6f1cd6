import { Transform } from 'class-transformer';
import { IsByteLength, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReportPhishDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Dán đường liên kết hoặc nội dung thư đáng ngờ.' })
  @IsNotEmpty({ message: 'Dán đường liên kết hoặc nội dung thư đáng ngờ.' })
  @MaxLength(20000, { message: 'Nội dung dán vào tối đa 20000 ký tự.' })
  // The column is MariaDB's TEXT (65,535 bytes): 20,000 characters of emoji or other 4-byte letters would not fit.
  @IsByteLength(1, 60000, { message: 'Nội dung dán vào quá dài. Hãy rút gọn (tối đa 20000 ký tự).' })
  public text: string = '';
}
