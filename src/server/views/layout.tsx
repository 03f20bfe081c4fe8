// The page shell every server-rendered page shares: head, navigation, language switch, footer.
import type { Children } from '@kitajs/html';
import { LANGS } from '../../i18n/index.js';
import type { Translator } from '../../i18n/index.js';

export interface PageProps {
  tr: Translator;
  title: string;
  /** Path of the current page, so the language switch links back to it. */
  path: string;
  children?: Children;
  scripts?: string[];
  user?: { name: string } | undefined;
  /** CSRF token: sent by htmx on every request (hx-headers) and by the logout form. */
  csrf?: string | undefined;
}

export function Layout({ tr, title, path, children, scripts = [], user, csrf }: PageProps): JSX.Element {
  const { t, lang } = tr;
  const sep = path.includes('?') ? '&' : '?';
  return (
    <>
      {'<!doctype html>'}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} · saqbol`}</title>
          <link rel="stylesheet" href="/static/app.css" />
          <script src="/static/vendor/htmx.min.js" defer></script>
          {scripts.map((s) => (
            <script src={s} defer></script>
          ))}
        </head>
        <body hx-headers={csrf ? JSON.stringify({ 'x-csrf-token': csrf }) : undefined}>
          <a class="skip" href="#main" safe>
            {t('nav.home')}
          </a>
          <header class="top">
            <a class="brand" href="/">
              saqbol <span class="tag" safe>{t('app.tagline')}</span>
            </a>
            <nav aria-label="main">
              <a href="/check" safe>{t('nav.check')}</a>
              <a href="/watch" safe>{t('nav.watch')}</a>
              <a href="/campaign" safe>{t('nav.campaign')}</a>
              {user ? (
                <a href="/moderation" safe>
                  {t('nav.moderation')}
                </a>
              ) : (
                ''
              )}
              {user ? (
                <form method="post" action="/logout" class="inline">
                  <input type="hidden" name="_csrf" value={csrf ?? ''} />
                  <button type="submit" safe>{t('nav.logout')}</button>
                </form>
              ) : (
                ''
              )}
            </nav>
            <nav class="langs" aria-label={t('lang.label')}>
              {LANGS.map((l) => (
                <a
                  href={`${path}${sep}lang=${l}`}
                  hreflang={l}
                  lang={l}
                  data-lang={l}
                  aria-current={l === lang ? 'true' : 'false'}
                  safe
                >
                  {t(`lang.${l}`)}
                </a>
              ))}
            </nav>
          </header>
          <main id="main">{children}</main>
          <footer class="foot">
            <p safe>{t('footer.help')}</p>
            <p safe>{t('footer.note')}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
