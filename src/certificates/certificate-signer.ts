import { Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { CertificateData } from './certificate-data';
import { signCertificate } from './certificate-signature';
import { loadOrCreateSigningKeys } from './signing-keys';

/** Holds the Ed25519 key pair, created on first start in the configured directory. */
@Injectable()
export class CertificateSigner {
  private readonly privateKey: KeyObject;
  public readonly publicKeyPem: string;

  public constructor(config: AppConfig) {
    const keys = loadOrCreateSigningKeys(config.certificateKeysDir);
    this.privateKey = keys.privateKey;
    this.publicKeyPem = keys.publicKeyPem;
  }

  public sign(data: CertificateData): string {
    return signCertificate(data, this.privateKey);
  }
}
