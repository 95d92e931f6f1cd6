import { IsString, MaxLength, MinLength } from 'class-validator';

/** Who issues certificates: edited by an administrator, copied into each certificate at issue. */
export class CertificateIssuerSettings {
  @IsString()
  @MaxLength(200)
  public parentAgency: string = '';

  @IsString()
  @MinLength(3, { message: 'Nhập tên cơ quan cấp giấy chứng nhận.' })
  @MaxLength(200)
  public agency: string = '';

  @IsString()
  @MinLength(2, { message: 'Nhập chức danh người ký.' })
  @MaxLength(120)
  public signerTitle: string = '';

  @IsString()
  @MinLength(2, { message: 'Nhập họ tên người ký.' })
  @MaxLength(120)
  public signerName: string = '';

  @IsString()
  @MinLength(2, { message: 'Nhập địa danh ghi trên dòng ngày tháng.' })
  @MaxLength(80)
  public place: string = '';
}

/** Used until an administrator fills in the real values. */
export const DEFAULT_CERTIFICATE_ISSUER: CertificateIssuerSettings = {
  parentAgency: 'ỦY BAN NHÂN DÂN TỈNH',
  agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  place: '',
};
