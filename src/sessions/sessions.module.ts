import { Module, OnApplicationShutdown } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Session } from './session.entity';
import { TypeormSessionStore } from './typeorm-session.store';

export const SESSION_COOKIE = 'attt.sid';

/** Signed-in sessions last two hours after the last request (the cookie is renewed on activity). */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

@Module({
  imports: [TypeOrmModule.forFeature([Session])],
  providers: [
    {
      provide: TypeormSessionStore,
      inject: [getRepositoryToken(Session)],
      useFactory: (sessions: Repository<Session>) => {
        const store = new TypeormSessionStore(sessions, SESSION_IDLE_MS);
        store.startPurging();
        return store;
      },
    },
  ],
  exports: [TypeormSessionStore],
})
export class SessionsModule implements OnApplicationShutdown {
  public constructor(private readonly store: TypeormSessionStore) {}

  public onApplicationShutdown(): void {
    this.store.stopPurging();
  }
}
