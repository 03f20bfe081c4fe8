// Signing in from tests: creates an account and logs it in over HTTP, returning the cookies and CSRF token.
import type { App } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { Store } from '../../src/store/db.js';
import type { Role } from '../../src/store/users.js';
import { createUser, findUserByName } from '../../src/store/users.js';

export interface Session {
  /** A `cookie` header value carrying the session and CSRF cookies. */
  cookie: string;
  csrf: string;
}

type Injected = Awaited<ReturnType<App['inject']>>;

export function cookiesOf(res: Injected, prev = ''): string {
  const jar = new Map<string, string>();
  for (const part of prev.split('; ').filter(Boolean)) {
    const i = part.indexOf('=');
    jar.set(part.slice(0, i), part.slice(i + 1));
  }
  for (const c of res.cookies) jar.set(c.name, c.value);
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1]!;
}

/** A CSRF cookie and token for an anonymous visitor (from the login page). */
export async function anonymous(app: App): Promise<Session> {
  const page = await app.inject({ url: '/login', headers: { accept: 'text/html' } });
  return { cookie: cookiesOf(page), csrf: csrfOf(page.body) };
}

export async function signIn(app: App, store: Store, username: string, role: Role, password = 'correct horse battery'): Promise<Session> {
  if (!(await findUserByName(store.db, username))) {
    await createUser(store.db, { username, role, passwordHash: await hashPassword(password) }, new Date().toISOString());
  }
  const anon = await anonymous(app);
  const res = await app.inject({
    method: 'POST',
    url: '/login',
    headers: { cookie: anon.cookie },
    payload: { username, password, _csrf: anon.csrf },
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  return { cookie: cookiesOf(res, anon.cookie), csrf: anon.csrf };
}
