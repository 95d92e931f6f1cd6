import { CanActivate, ExecutionContext, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { addressMatcher } from '../config/address-lists';
import { AppConfig } from '../config/app-config';
import { Role } from '../access/role';
import { PasswordChangeRequiredException, SignInRequiredException } from './auth-exceptions';
import { IS_PUBLIC } from '../access/public.decorator';
import { ROLES_KEY } from '../access/roles.decorator';

const PASSWORD_CHANGE_PATHS = new Set(['/account/password', '/logout']);

/**
 * Global guard: every route needs a signed-in person unless marked @Public(), the role named by
 * @Roles(), and a changed one-time password. Record-level scope is checked in the services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly adminAddressAllowed: ((address: string) => boolean) | null;

  public constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.adminAddressAllowed = config.adminAllowFrom ? addressMatcher(config.adminAllowFrom) : null;
  }

  public canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const user = request.user;
    if (!user) throw new SignInRequiredException();
    if (user.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(request.path)) throw new PasswordChangeRequiredException();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('Bạn không có quyền truy cập trang này.');
    // ADMIN_ALLOW_FROM: admin-only pages exist only for the listed addresses (the real client
    // address, see TRUST_PROXY); elsewhere they answer like a page that does not exist.
    if (this.adminAddressAllowed && isAdminOnly(roles) && !this.adminAddressAllowed(request.ip ?? '')) {
      throw new NotFoundException('Không tìm thấy trang.');
    }
    return true;
  }
}

function isAdminOnly(roles: Role[] | undefined): boolean {
  return roles !== undefined && roles.length > 0 && roles.every((role) => role === Role.Admin);
}
