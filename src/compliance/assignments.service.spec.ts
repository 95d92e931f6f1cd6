import { ForbiddenException } from '@nestjs/common';
import { signedInUser } from '../../test/factories/signed-in-user.factory';
import { Role } from '../access/role';
import { AssignmentsService } from './assignments.service';

// The access check comes first, so no database is needed to see a refusal.
const service = new AssignmentsService(null as never, null as never, null as never, null as never, null as never);

describe(AssignmentsService.name, () => {
  it('should refuse a learner or a head to list, create or remove assignments', async () => {
    for (const role of [Role.Learner, Role.Head]) {
      await expect(service.listActive(signedInUser(role))).rejects.toThrow(ForbiddenException);
      await expect(service.page(signedInUser(role))).rejects.toThrow(ForbiddenException);
      await expect(service.create(signedInUser(role), { course: 'ATTT-CB', department: '', includeSubdepartments: true, role: '', dueDate: '2026-12-31' }, '')).rejects.toThrow(ForbiddenException);
      await expect(service.remove(signedInUser(role), 1, '')).rejects.toThrow(ForbiddenException);
    }
  });
});
