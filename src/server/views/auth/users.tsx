// Authority accounts for admins: who can sign in, with which role; add an account, switch one off.
import { formatLocal } from '../../../campaign/deadline.js';
import type { Translator } from '../../../i18n/index.js';
import type { UserSummary } from '../../../store/users.js';
import { Csrf, Flash, PostButton } from '../fragments.js';
import { Layout } from '../layout.js';

export function UsersPage(p: { tr: Translator; csrf: string; me: { id: number; username: string }; users: UserSummary[]; error?: string | undefined; flash?: string | undefined }): JSX.Element {
  const { t } = p.tr;
  return (
    <Layout tr={p.tr} title={t('auth:users.title')} path="/users" csrf={p.csrf} user={{ name: p.me.username }}>
      <h1 safe>{t('auth:users.title')}</h1>
      <Flash text={p.flash} />
      <Flash text={p.error} error />
      <div class="table-wrap">
        <table class="users">
          <thead>
            <tr>
              <th safe>{t('auth:login.username')}</th>
              <th safe>{t('auth:users.role')}</th>
              <th safe>{t('auth:users.lastLogin')}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {p.users.map((u) => (
              <tr data-user={u.username}>
                <td safe>{u.username}</td>
                <td safe>{t(`auth:role.${u.role}`)}</td>
                <td safe>{u.lastLoginAt === null ? '—' : formatLocal(u.lastLoginAt)}</td>
                <td>
                  {u.id === p.me.id ? (
                    ''
                  ) : (
                    <PostButton
                      action={`/users/${u.id}/${u.disabled ? 'enable' : 'disable'}`}
                      csrf={p.csrf}
                      label={u.disabled ? t('auth:users.enable') : t('auth:users.disable')}
                      class="inline"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="post" action="/users" class="card narrow">
        <h2 safe>{t('auth:users.add')}</h2>
        <Csrf token={p.csrf} />
        <label for="new-username" safe>
          {t('auth:login.username')}
        </label>
        <input type="text" id="new-username" name="username" required pattern="[a-zA-Z0-9._-]{3,40}" autocomplete="off" />
        <label for="new-role" safe>
          {t('auth:users.role')}
        </label>
        <select id="new-role" name="role">
          <option value="viewer" safe>
            {t('auth:role.viewer')}
          </option>
          <option value="admin" safe>
            {t('auth:role.admin')}
          </option>
        </select>
        <label for="new-password" safe>
          {t('auth:users.password')}
        </label>
        <input type="password" id="new-password" name="password" required minlength="12" autocomplete="new-password" />
        <p>
          <button type="submit" safe>
            {t('auth:users.create')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
