import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import { UsersService } from '../users/users.service';
import { SignedInUser } from '../access/signed-in-user';

type Done<T> = (error: unknown, value?: T | false) => void;

/** Keeps only the user id in the session and reloads the person on every request. */
@Injectable()
export class SessionSerializer extends PassportSerializer implements OnApplicationShutdown {
  private shutDown = false;

  public constructor(private readonly users: UsersService) {
    super();
  }

  public serializeUser(user: SignedInUser, done: Done<number>): void {
    done(null, user.id);
  }

  public deserializeUser(id: number, done: Done<SignedInUser>): void {
    // passport is one per process: a closed app instance hands over to the next registered one.
    if (this.shutDown) return done('pass');
    // A disabled or deleted account ends its sessions at the next request.
    this.users.findSignedInUser(id).then((user) => done(null, user ?? false), done);
  }

  public onApplicationShutdown(): void {
    this.shutDown = true;
  }
}
