import { SessionData } from 'express-session';
import { Repository } from 'typeorm';
import { Session } from './session.entity';
import { TOUCH_INTERVAL_MS, TypeormSessionStore } from './typeorm-session.store';

/** A sessions table of one row, counting the expiry writes. */
function fakeSessions(expiresAt: Date): { repository: Repository<Session>; writes: Date[] } {
  const writes: Date[] = [];
  const row = { id: 'sid', userId: 7, expiresAt, data: JSON.stringify({ cookie: {} }) };
  const repository = {
    findOneBy: async () => ({ ...row }),
    update: async (_where: unknown, changes: { expiresAt: Date }) => {
      writes.push(changes.expiresAt);
      row.expiresAt = changes.expiresAt;
      return { affected: 1 };
    },
  } as unknown as Repository<Session>;
  return { repository, writes };
}

const call = <T>(action: (done: (error?: unknown, value?: T) => void) => void): Promise<T | undefined> =>
  new Promise((resolve, reject) => action((error, value) => (error ? reject(error as Error) : resolve(value))));

const sessionExpiring = (at: number): SessionData => ({ cookie: { expires: new Date(at), originalMaxAge: 1 } }) as unknown as SessionData;

describe('TypeormSessionStore.touch', () => {
  it('writes the expiry again only once it moved by a minute or more', async () => {
    const stored = Date.now() + 30 * 60_000;
    const { repository, writes } = fakeSessions(new Date(stored));
    const store = new TypeormSessionStore(repository, 30 * 60_000);
    await call((done) => store.get('sid', done));

    await call((done) => store.touch('sid', sessionExpiring(stored + 5_000), done));
    expect(writes).toHaveLength(0);

    await call((done) => store.touch('sid', sessionExpiring(stored + TOUCH_INTERVAL_MS), done));
    expect(writes).toEqual([new Date(stored + TOUCH_INTERVAL_MS)]);

    await call((done) => store.touch('sid', sessionExpiring(stored + TOUCH_INTERVAL_MS + 5_000), done));
    expect(writes).toHaveLength(1);
  });

  it('writes when this process has not read the session (another process served it)', async () => {
    const stored = Date.now() + 30 * 60_000;
    const { repository, writes } = fakeSessions(new Date(stored));
    const store = new TypeormSessionStore(repository, 30 * 60_000);
    await call((done) => store.touch('sid', sessionExpiring(stored + 5_000), done));
    expect(writes).toHaveLength(1);
  });
});
