import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from '../../departments/department.entity';
import { User } from '../../users/user.entity';
import { SessionsModule } from '../../sessions/sessions.module';
import { UsersModule } from '../../users/users.module';
import { DirectorySignIn } from './directory-sign-in';
import { LdapDirectory } from './ldap-directory';
import { LocalLoginController } from './local-login.controller';
import { LocalLoginService } from './local-login.service';
import { OidcClient } from './oidc-client';
import { OidcFlowCookie } from './oidc-flow-cookie';
import { OidcSignInService } from './oidc-sign-in.service';
import { OidcController } from './oidc.controller';
import { SsoIdentities } from './sso-identities';
import { SsoRequestMiddleware } from './sso-request.middleware';

/** Single sign-on (product.md §12): OpenID Connect, LDAP / Active Directory, local passwords off. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, Department]), UsersModule, SessionsModule],
  controllers: [OidcController, LocalLoginController],
  providers: [OidcClient, OidcFlowCookie, OidcSignInService, SsoIdentities, LdapDirectory, DirectorySignIn, LocalLoginService, SsoRequestMiddleware],
  exports: [OidcClient, DirectorySignIn],
})
export class SsoModule implements NestModule {
  public configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SsoRequestMiddleware).forRoutes('{*path}');
  }
}
