import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module';
import { SettingsModule } from '../settings/settings.module';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificateSigner } from './certificate-signer';
import { Certificate } from './certificate.entity';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { VerifyController } from './verify.controller';
import { VerifyThrottle } from './verify-throttle';

@Module({
  imports: [TypeOrmModule.forFeature([Certificate]), SettingsModule, DepartmentsModule],
  controllers: [VerifyController, CertificatesController],
  providers: [CertificateSigner, CertificateIssuerService, CertificatesService, VerifyThrottle],
  exports: [CertificateIssuerService, CertificatesService],
})
export class CertificatesModule {}
