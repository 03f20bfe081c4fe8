// Alerts: the list, one alert in KK and RU (KK first), and the form to write a new one.
import type { AlertText } from '../../../campaign/alert.js';
import type { Translator } from '../../../i18n/index.js';
import type { StoredAlert } from '../../../store/alerts.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Csrf, Flash } from './common.js';

export function AlertsPage(p: { tr: Translator; csrf: string; user: ViewUser; alerts: StoredAlert[]; flash?: string | undefined }): JSX.Element {
  const { t } = p.tr;
  return (
    <Layout tr={p.tr} title={t('campaign:alerts.title')} path="/campaign/alerts" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="alerts" />
      <h1 safe>{t('campaign:alerts.title')}</h1>
      <Flash text={p.flash} />
      {p.user.role === 'admin' ? (
        <p>
          <a class="button" href="/campaign/alerts/new" safe>
            {t('campaign:alerts.new')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ul class="alert-list">
        {p.alerts.map((a) => (
          <li>
            <a href={`/campaign/alerts/${a.id}`}>
              <span lang="kk" safe>
                {a.content.kk.title}
              </span>{' '}
              /{' '}
              <span lang="ru" safe>
                {a.content.ru.title}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function AlertText({ tr, text, lang }: { tr: Translator; text: AlertText; lang: 'kk' | 'ru' }): JSX.Element {
  const { t } = tr;
  return (
    <article class="card alert-text" lang={lang}>
      <p class="muted" safe>
        {t(`campaign:lang.${lang}`)}
      </p>
      <h2 safe>{text.title}</h2>
      <p safe>{text.scheme}</p>
      <h3 safe>{t('campaign:alert.pretexts')}</h3>
      <ul>
        {text.pretexts.map((x) => (
          <li safe>{x}</li>
        ))}
      </ul>
      <h3 safe>{t('campaign:alert.whatToDo')}</h3>
      <ol>
        {text.whatToDo.map((x) => (
          <li safe>{x}</li>
        ))}
      </ol>
    </article>
  );
}

export function AlertPage(p: { tr: Translator; csrf: string; user: ViewUser; alert: StoredAlert }): JSX.Element {
  const { t } = p.tr;
  const a = p.alert;
  return (
    <Layout tr={p.tr} title={a.content.kk.title} path={`/campaign/alerts/${a.id}`} csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="alerts" />
      <h1 safe>{`${a.content.kk.title} / ${a.content.ru.title}`}</h1>
      <div class="grid2">
        <AlertText tr={p.tr} text={a.content.kk} lang="kk" />
        <AlertText tr={p.tr} text={a.content.ru} lang="ru" />
      </div>
      <section class="card">
        <h2 safe>{t('campaign:alert.hotlines')}</h2>
        <ul>
          {a.hotlines.map((h) => (
            <li>
              <strong safe>{h.number}</strong> — <span safe>{h.label[p.tr.lang]}</span>
            </li>
          ))}
        </ul>
        {a.sourceUrl ? (
          <p>
            <span safe>{t('campaign:alert.source')}</span>:{' '}
            <a href={a.sourceUrl} rel="noopener noreferrer" safe>
              {a.sourceUrl}
            </a>
          </p>
        ) : (
          ''
        )}
      </section>
      {p.user.role === 'admin' ? (
        <p>
          <a class="button" href={`/campaign/directives/new?alert=${a.id}`} safe>
            {t('campaign:dashboard.new')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

export type AlertFormValues = Record<string, string>;

export function AlertFormPage(p: { tr: Translator; csrf: string; user: ViewUser; values: AlertFormValues; errors: string[] }): JSX.Element {
  const { t } = p.tr;
  const v = (k: string): string => p.values[k] ?? '';
  const langBlock = (lang: 'kk' | 'ru'): JSX.Element => (
    <fieldset lang={lang}>
      <legend safe>{t(`campaign:lang.${lang}`)}</legend>
      <label for={`${lang}_title`} safe>
        {t('campaign:alert.titleField')}
      </label>
      <input type="text" id={`${lang}_title`} name={`${lang}_title`} required maxlength="300" value={v(`${lang}_title`)} />
      <label for={`${lang}_scheme`} safe>
        {t('campaign:alert.scheme')}
      </label>
      <textarea id={`${lang}_scheme`} name={`${lang}_scheme`} required maxlength="3000" safe>
        {v(`${lang}_scheme`)}
      </textarea>
      <label for={`${lang}_pretexts`} safe>
        {t('campaign:alert.pretextsField')}
      </label>
      <textarea id={`${lang}_pretexts`} name={`${lang}_pretexts`} class="short" maxlength="2000" safe>
        {v(`${lang}_pretexts`)}
      </textarea>
      <label for={`${lang}_whatToDo`} safe>
        {t('campaign:alert.whatToDoField')}
      </label>
      <textarea id={`${lang}_whatToDo`} name={`${lang}_whatToDo`} required maxlength="3000" safe>
        {v(`${lang}_whatToDo`)}
      </textarea>
    </fieldset>
  );
  return (
    <Layout tr={p.tr} title={t('campaign:alerts.new')} path="/campaign/alerts/new" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="alerts" />
      <h1 safe>{t('campaign:alerts.new')}</h1>
      {p.errors.map((e) => (
        <Flash text={e} error />
      ))}
      <form method="post" action="/campaign/alerts" class="card">
        <Csrf token={p.csrf} />
        {langBlock('kk')}
        {langBlock('ru')}
        <label for="hotlines" safe>
          {t('campaign:alert.hotlinesField')}
        </label>
        <textarea id="hotlines" name="hotlines" class="short" maxlength="2000" safe>
          {v('hotlines')}
        </textarea>
        <p class="muted" safe>
          {t('campaign:alert.hotlinesHint')}
        </p>
        <label for="source_url" safe>
          {t('campaign:alert.source')}
        </label>
        <input type="url" id="source_url" name="source_url" maxlength="2000" value={v('source_url')} />
        <p>
          <button type="submit" safe>
            {t('campaign:save')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
