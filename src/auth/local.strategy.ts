import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import { SignedInUser } from '../access/signed-in-user';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  public constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  public async validate(request: Request, username: string, password: string): Promise<SignedInUser> {
    return this.auth.verifyCredentials(username, password, request.ip ?? '');
  }
}
