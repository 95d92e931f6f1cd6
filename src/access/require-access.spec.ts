import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { signedInUser } from '../../test/factories/signed-in-user.factory';
import { Role } from './role';
import { requireRole, requireScope } from './require-access';

describe('requireRole', () => {
  it('should let a listed role through', () => {
    expect(() => requireRole(signedInUser(Role.Hr), [Role.Hr, Role.Admin])).not.toThrow();
  });

  it('should refuse any other role with 403', () => {
    expect(() => requireRole(signedInUser(Role.Head), [Role.Hr, Role.Admin])).toThrow(ForbiddenException);
  });
});

describe('requireScope', () => {
  it('should let HR anywhere and a head into their own subtree', () => {
    expect(() => requireScope(signedInUser(Role.Hr), '/1/7/')).not.toThrow();
    expect(() => requireScope(signedInUser(Role.Head), '/1/4/9/')).not.toThrow();
  });

  it('should answer 404 for a head outside their subtree and for a learner', () => {
    expect(() => requireScope(signedInUser(Role.Head), '/1/7/')).toThrow(NotFoundException);
    expect(() => requireScope(signedInUser(Role.Learner), '/1/4/')).toThrow(new NotFoundException('Không tìm thấy đơn vị.'));
  });
});
