import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { signedInUser } from '../../test/factories/signed-in-user.factory';
import { Department } from '../departments/department.entity';
import { Role } from '../access/role';
import { CertificatesService } from './certificates.service';

// The access check comes first, so no database is needed to see a refusal.
const service = new CertificatesService(null as never, null as never, null as never, null as never, null as never);
const elsewhere = { code: 'SYT', path: '/1/7/' } as Department;

describe(CertificatesService.name, () => {
  it('should refuse to revoke or reissue for anyone but an administrator', async () => {
    for (const role of [Role.Learner, Role.Head, Role.Hr]) {
      await expect(service.revoke(signedInUser(role), 'AH-2026-000001', 'lý do đủ dài', '')).rejects.toThrow(ForbiddenException);
      await expect(service.reissue(signedInUser(role), 'AH-2026-000001', '')).rejects.toThrow(ForbiddenException);
    }
  });

  it('should refuse a learner the certificates of a department', async () => {
    await expect(service.listForDepartment(signedInUser(Role.Learner), elsewhere)).rejects.toThrow(ForbiddenException);
  });

  it('should answer 404 to a head asking for a department outside their subtree', async () => {
    await expect(service.listForDepartment(signedInUser(Role.Head), elsewhere)).rejects.toThrow(NotFoundException);
    await expect(service.recordExport(signedInUser(Role.Head), elsewhere, '')).rejects.toThrow(NotFoundException);
    await expect(service.signedPagesForDepartment(signedInUser(Role.Head), elsewhere).next()).rejects.toThrow(NotFoundException);
  });
});
