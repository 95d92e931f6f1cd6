import { ForbiddenException } from '@nestjs/common';
import { signedInUser } from '../../test/factories/signed-in-user.factory';
import { Role } from '../access/role';
import { ReportsService } from './reports.service';

describe(ReportsService.name, () => {
  it('should refuse a learner a report instead of showing the whole organisation', async () => {
    const service = new ReportsService(null as never, null as never);
    await expect(service.subject(signedInUser(Role.Learner), {})).rejects.toThrow(ForbiddenException);
  });
});
