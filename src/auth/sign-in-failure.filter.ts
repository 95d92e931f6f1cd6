import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { LoginCsrf } from '../security/login-csrf';
import { formField } from '../web/form-field';
import { SignInRefusedException } from './auth-exceptions';

/** A refused sign-in shows the form again with the reason, keeping the name that was typed. */
@Catch(SignInRefusedException)
@Injectable()
export class SignInFailureFilter implements ExceptionFilter {
  public constructor(private readonly loginCsrf: LoginCsrf) {}

  public catch(exception: SignInRefusedException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const username = formField(request, 'username');
    const response = host.switchToHttp().getResponse<Response>();
    response.status(exception.getStatus()).render('auth/login', {
      title: 'Đăng nhập',
      error: exception.message,
      username: typeof username === 'string' ? username.slice(0, 64) : '',
      next: formField(request, 'next'),
      csrfToken: this.loginCsrf.tokenFor(request, response),
    });
  }
}
