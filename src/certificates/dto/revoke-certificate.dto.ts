import { IsString, MaxLength } from 'class-validator';

export class RevokeCertificateDto {
  @IsString()
  @MaxLength(500, { message: 'Lý do thu hồi không được dài quá 500 ký tự.' })
  public reason: string = '';
}
