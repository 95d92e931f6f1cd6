import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json, NextFunction, Request, Response, urlencoded } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import hbs from 'hbs';
import passport from 'passport';
import { join } from 'node:path';
import { AppConfig } from './config/app-config';
import { PROJECT_ROOT } from './config/project-root';
import { exposeCsrfToken } from './security/csrf';
import { endSessionsPastLifetime } from './sessions/session-lifetime';
import { SESSION_COOKIE } from './sessions/sessions.module';
import { TypeormSessionStore } from './sessions/typeorm-session.store';
import { BODY_LIMIT } from './web/body-errors';
import { navigationFor } from './web/navigation';
import { viewHelpers } from './web/view-helpers';

/**
 * Everything between the HTTP server and the controllers, shared by the server and the tests so
 * that tests exercise the same security layers: headers, body limits, sessions, passport, CSRF.
 */
export async function configureApp(app: NestExpressApplication): Promise<void> {
  const config = app.get(AppConfig);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'form-action': ["'self'", ...ssoFormTargets(config)], 'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null } },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
    }),
  );
  app.useStaticAssets(join(PROJECT_ROOT, 'public'), { prefix: '/static/', maxAge: config.isProduction ? '7d' : 0 });
  // Parsed here, before the session and CSRF layers that read the form's _csrf field.
  app.use(urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(json({ limit: BODY_LIMIT }));
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: app.get(TypeormSessionStore),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), maxAge: config.sessionIdleMs },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(endSessionsPastLifetime(config.sessionMaxMs));
  app.use(exposeCsrfToken);
  app.use((request: Request, response: Response, next: NextFunction) => {
    // Pages carry personal data (history, certificates, people, reports): no copy in any cache,
    // including the browser's back-button cache on a shared office computer. Static files come earlier.
    response.setHeader('Cache-Control', 'no-store');
    response.locals.currentUser = request.user;
    response.locals.nav = navigationFor(request.user, request.path);
    next();
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true, forbidUnknownValues: false }));

  app.setBaseViewsDir(join(PROJECT_ROOT, 'views'));
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layout' });
  for (const [name, helper] of Object.entries(viewHelpers)) hbs.registerHelper(name, helper);
  // hbs renames "form-error" to "form_error" unless told otherwise; its typings omit the options.
  const registerPartials = hbs.registerPartials.bind(hbs) as (directory: string, options: object, done: () => void) => void;
  await new Promise<void>((resolve) => registerPartials(join(PROJECT_ROOT, 'views', 'partials'), { rename: (name: string) => name }, resolve));
}

/** Sign-out posts to /logout, which redirects to the identity provider's end-session page (RP-initiated logout). */
function ssoFormTargets(config: AppConfig): string[] {
  return config.sso.oidc ? [config.sso.oidc.issuer.origin] : [];
}
