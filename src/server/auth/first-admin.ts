// The first admin account, created on first start: the password comes from SAQBOL_ADMIN_PASSWORD,
// or a random one is written to the log exactly once (it is never stored or logged again).
import type { Logger } from 'pino';
import type { Store } from '../../store/db.js';
import { countUsers, createUser } from '../../store/users.js';
import { hashPassword, randomPassword } from './password.js';

export async function ensureFirstAdmin(store: Store, adminPassword: string | undefined, logger: Logger, now: string): Promise<boolean> {
  if ((await countUsers(store.db)) > 0) return false;
  const password = adminPassword && adminPassword !== '' ? adminPassword : randomPassword();
  await createUser(store.db, { username: 'admin', role: 'admin', passwordHash: await hashPassword(password) }, now);
  if (adminPassword) logger.info({ username: 'admin' }, 'first admin created with the password from SAQBOL_ADMIN_PASSWORD');
  else logger.warn({ username: 'admin', initialPassword: password }, 'first admin created; this password is shown only once — sign in and keep it safe');
  return true;
}
