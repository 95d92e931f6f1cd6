import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { LoginCsrf } from '../security/login-csrf';
import { SignInRefusedException } from './auth-exceptions';

/** A refused sign-in shows the form again with the reason, keeping the name that was typed. */
@Catch(SignInRefusedException)
@Injectable()
export class SignInFailureFilter implements ExceptionFilter {
  public constructor(private readonly loginCsrf: LoginCsrf) {}

  public catch(exception: SignInRefusedException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    response.status(exception.getStatus()).render('auth/login', {
      title: 'Đăng nhập',
      error: exception.message,
      username: typeof request.body?.username === 'string' ? request.body.username.slice(0, 64) : '',
      next: request.body?.next,
      csrfToken: this.loginCsrf.tokenFor(request, response),
    });
  }
}
