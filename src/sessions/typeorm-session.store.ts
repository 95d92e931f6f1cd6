import { Logger } from '@nestjs/common';
import { SessionData, Store } from 'express-session';
import { EntityManager, LessThan, Not, Repository } from 'typeorm';
import { Session } from './session.entity';

type Callback<T = void> = (error?: unknown, value?: T) => void;

const PURGE_INTERVAL_MS = 15 * 60 * 1000;

/**
 * A session's stored expiry is moved forward at most once a minute, not on every request: on exam
 * day that write was one more transaction per request. The idle timeout is tens of minutes, so a
 * session may end up to a minute early, never late.
 */
export const TOUCH_INTERVAL_MS = 60_000;

/**
 * express-session store over a TypeORM repository, so that any app instance on the same
 * database serves any request (connect-typeorm is stale and needs TypeORM 0.3).
 */
export class TypeormSessionStore extends Store {
  private readonly logger = new Logger(TypeormSessionStore.name);
  private purgeTimer?: NodeJS.Timeout;
  /** Stored expiry (ms) per session id, as this process last read or wrote it. */
  private readonly storedExpiry = new Map<string, number>();

  public constructor(
    private readonly sessions: Repository<Session>,
    private readonly defaultTtlMs: number,
  ) {
    super();
  }

  public override get(sid: string, callback: Callback<SessionData | null>): void {
    this.sessions
      .findOneBy({ id: sid })
      .then((row) => {
        const live = row !== null && row.expiresAt.getTime() > Date.now();
        if (live) this.storedExpiry.set(sid, row.expiresAt.getTime());
        callback(null, live ? (JSON.parse(row.data) as SessionData) : null);
      })
      .catch(callback);
  }

  public override set(sid: string, session: SessionData, callback?: Callback): void {
    const userId = (session as SessionData & { passport?: { user?: number } }).passport?.user ?? null;
    const expiresAt = this.expiry(session);
    this.sessions
      .upsert({ id: sid, userId, expiresAt, data: JSON.stringify(session) }, ['id'])
      .then(() => {
        this.storedExpiry.set(sid, expiresAt.getTime());
        callback?.();
      })
      .catch((error) => callback?.(error));
  }

  public override touch(sid: string, session: SessionData, callback?: Callback): void {
    const expiresAt = this.expiry(session);
    const stored = this.storedExpiry.get(sid);
    if (stored !== undefined && expiresAt.getTime() - stored < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    this.sessions
      .update({ id: sid }, { expiresAt })
      .then(() => {
        this.storedExpiry.set(sid, expiresAt.getTime());
        callback?.();
      })
      .catch((error) => callback?.(error));
  }

  public override destroy(sid: string, callback?: Callback): void {
    this.storedExpiry.delete(sid);
    this.sessions
      .delete({ id: sid })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  /** Ends every session of a person but the current one, e.g. after a password change. */
  public async destroyOtherSessionsOf(userId: number, keepSid: string): Promise<void> {
    await this.sessions.delete({ userId, id: Not(keepSid) });
  }

  /** Ends every session of a person (locked, anonymised, or no longer allowed to sign in as they did), in the caller's transaction. */
  public async destroyAllSessionsOf(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(Session, { userId });
  }

  public async purgeExpired(): Promise<number> {
    const now = Date.now();
    for (const [sid, expiry] of this.storedExpiry) if (expiry <= now) this.storedExpiry.delete(sid);
    const result = await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }

  public startPurging(): void {
    this.purgeTimer = setInterval(() => {
      this.purgeExpired().catch((error: Error) => this.logger.warn(`Could not purge expired sessions: ${error.message}`));
    }, PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
  }

  public stopPurging(): void {
    clearInterval(this.purgeTimer);
  }

  private expiry(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.defaultTtlMs);
  }
}
