import { ForbiddenException } from '@nestjs/common';
import { signedInUser } from '../../test/factories/signed-in-user.factory';
import { Role } from '../access/role';
import { DEFAULT_CERTIFICATE_ISSUER } from './certificate-issuer';
import { SettingsService } from './settings.service';

describe(SettingsService.name, () => {
  it('should refuse anyone but an administrator to change the certificate issuer', async () => {
    const service = new SettingsService(null as never, null as never);
    for (const role of [Role.Learner, Role.Head, Role.Hr]) {
      await expect(service.updateCertificateIssuer({ ...DEFAULT_CERTIFICATE_ISSUER }, signedInUser(role))).rejects.toThrow(ForbiddenException);
    }
  });
});
