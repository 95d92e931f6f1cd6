import { IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto {
  @IsString()
  @MaxLength(128)
  public currentPassword: string = '';

  @IsString()
  @MaxLength(128)
  public newPassword: string = '';

  @IsString()
  @MaxLength(128)
  public confirmPassword: string = '';
}
