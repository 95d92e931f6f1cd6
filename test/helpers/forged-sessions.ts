import { randomBytes } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Role } from '../../src/access/role';
import { Session } from '../../src/sessions/session.entity';
import { SESSION_COOKIE } from '../../src/sessions/sessions.module';
import { nameColumns } from '../../src/users/search-name';
import { User } from '../../src/users/user.entity';

// express-session's own signer, so the cookies are exactly what a browser signed in would hold.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- cookie-signature ships no types
const cookieSignature = require('cookie-signature') as { sign(value: string, secret: string): string };

const CHUNK = 500;

export interface ForgedSession {
  cookie: string;
  csrfToken: string;
  /** The session store's row, to insert (in bulk, for many people). */
  row: Pick<Session, 'id' | 'userId' | 'expiresAt' | 'data'>;
}

/**
 * A signed-in session as express-session and passport store it, an hour long. Load tests and
 * benches write these straight into the store: signing thousands in through scrypt would take
 * longer than the load itself.
 */
export function forgedSession(userId: number, secret: string): ForgedSession {
  const sid = randomBytes(24).toString('base64url');
  const csrfToken = randomBytes(16).toString('hex');
  const expiresAt = new Date(Date.now() + 3_600_000);
  const data = { cookie: { originalMaxAge: 3_600_000, expires: expiresAt, httpOnly: true, path: '/', sameSite: 'lax' }, passport: { user: userId }, csrfToken, signedInAt: Date.now() };
  return { cookie: `${SESSION_COOKIE}=${encodeURIComponent(`s:${cookieSignature.sign(sid, secret)}`)}`, csrfToken, row: { id: sid, userId, expiresAt, data: JSON.stringify(data) } };
}

/** Stores the sessions, a chunk at a time. */
export async function insertSessions(dataSource: DataSource, sessions: ForgedSession[]): Promise<void> {
  for (let start = 0; start < sessions.length; start += CHUNK) await dataSource.getRepository(Session).insert(sessions.slice(start, start + CHUNK).map((session) => session.row));
}

/** Learners of one department inserted in bulk, one per employee code, returned in the codes' order. */
export async function insertLearners(dataSource: DataSource, departmentId: number, codes: string[]): Promise<User[]> {
  const users = dataSource.getRepository(User);
  const now = new Date();
  for (let start = 0; start < codes.length; start += CHUNK) {
    const rows = codes.slice(start, start + CHUNK).map((code) => ({
      employeeCode: code,
      username: code.toLowerCase(),
      ...nameColumns(`Học viên ${code}`),
      position: 'Chuyên viên',
      departmentId,
      role: Role.Learner,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    }));
    await users.insert(rows);
  }
  const created: User[] = [];
  for (let start = 0; start < codes.length; start += CHUNK) created.push(...(await users.findBy({ employeeCode: In(codes.slice(start, start + CHUNK)) })));
  const byCode = new Map(created.map((user) => [user.employeeCode, user]));
  return codes.map((code) => byCode.get(code)!);
}
