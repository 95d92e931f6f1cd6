import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { Role } from './role';
import { departmentScope, scopeIncludesDepartment } from './access-scope';
import { SignedInUser } from './signed-in-user';

/**
 * Checks that open a service method, whatever route or command called it (immich's
 * requireAccess): route decorators alone leave a service open to the next caller that forgets.
 */
export function requireRole(user: SignedInUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new ForbiddenException('Bạn không có quyền truy cập trang này.');
}

/** A department outside the person's scope answers like one that does not exist (404). */
export function requireScope(user: SignedInUser, departmentPath: string, notFoundMessage = 'Không tìm thấy đơn vị.'): void {
  if (!scopeIncludesDepartment(departmentScope(user), departmentPath)) throw new NotFoundException(notFoundMessage);
}
