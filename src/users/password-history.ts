import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';
import { verifyPassword } from './password-hasher';
import { PasswordHistoryEntry } from './password-history.entity';

/** Whether `password` is the current one or one of the `count - 1` before it (count 0: never). */
export async function isRecentPassword(manager: EntityManager, user: Pick<User, 'id' | 'passwordHash'>, password: string, count: number): Promise<boolean> {
  if (count <= 0) return false;
  const earlier = await manager.find(PasswordHistoryEntry, { where: { userId: user.id }, order: { id: 'DESC' }, take: count - 1 });
  const hashes = [user.passwordHash, ...earlier.map((entry) => entry.passwordHash)].filter((hash): hash is string => Boolean(hash));
  for (const hash of hashes) if (await verifyPassword(password, hash)) return true;
  return false;
}

/** Keeps the hash being replaced, and no more of them than the policy needs. */
export async function rememberReplacedPassword(manager: EntityManager, user: Pick<User, 'id' | 'passwordHash'>, count: number): Promise<void> {
  if (user.passwordHash && count > 1) {
    await manager.insert(PasswordHistoryEntry, { userId: user.id, passwordHash: user.passwordHash, replacedAt: new Date() });
  }
  const kept = await manager.find(PasswordHistoryEntry, { where: { userId: user.id }, order: { id: 'DESC' }, select: { id: true } });
  const stale = kept.slice(Math.max(0, count - 1)).map((entry) => entry.id);
  if (stale.length > 0) await manager.delete(PasswordHistoryEntry, { id: In(stale) });
}
