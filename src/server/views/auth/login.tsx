// The sign-in page for authority accounts.
import type { Translator } from '../../../i18n/index.js';
import { Layout } from '../layout.js';
import { Csrf } from '../fragments.js';

export function LoginPage(p: { tr: Translator; csrf: string; next: string; username?: string; error?: string }): JSX.Element {
  const { t } = p.tr;
  return (
    <Layout tr={p.tr} title={t('auth:login.title')} path="/login" csrf={p.csrf}>
      <section class="card narrow">
        <h1 safe>{t('auth:login.title')}</h1>
        <p class="muted" safe>
          {t('auth:login.lead')}
        </p>
        {p.error ? (
          <p class="flash err" role="alert" safe>
            {p.error}
          </p>
        ) : (
          ''
        )}
        <form method="post" action="/login">
          <Csrf token={p.csrf} />
          <input type="hidden" name="next" value={p.next} />
          <label for="username" safe>
            {t('auth:login.username')}
          </label>
          <input type="text" id="username" name="username" autocomplete="username" required value={p.username ?? ''} />
          <label for="password" safe>
            {t('auth:login.password')}
          </label>
          <input type="password" id="password" name="password" autocomplete="current-password" required />
          <p>
            <button type="submit" safe>
              {t('auth:login.submit')}
            </button>
          </p>
        </form>
      </section>
    </Layout>
  );
}
