import { Module, OnApplicationShutdown } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Session } from './session.entity';
import { TypeormSessionStore } from './typeorm-session.store';

export const SESSION_COOKIE = 'attt.sid';

@Module({
  imports: [TypeOrmModule.forFeature([Session])],
  providers: [
    {
      provide: TypeormSessionStore,
      inject: [getRepositoryToken(Session), AppConfig],
      // Sessions end SESSION_IDLE_MINUTES after the last request (the cookie is renewed on activity).
      useFactory: (sessions: Repository<Session>, config: AppConfig) => {
        const store = new TypeormSessionStore(sessions, config.sessionIdleMs);
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
