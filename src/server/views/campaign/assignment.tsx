// The institution's page behind its secret link: the directive, a countdown, the press kit with copy
// buttons, and the form to submit, edit and withdraw publication links. No account needed.
import type { AlertText } from '../../../campaign/alert.js';
import { formatLocal } from '../../../campaign/deadline.js';
import type { TimeLeft } from '../../../campaign/deadline.js';
import { platformLength } from '../../../campaign/presskit/index.js';
import type { PressKit } from '../../../campaign/presskit/index.js';
import type { Translator } from '../../../i18n/index.js';
import type { Publication } from '../../../store/publications.js';
import { Layout } from '../layout.js';
import { AlertText as AlertBlock } from './alerts.js';
import { Csrf, Flash, PostButton, langLabel, platformLabel } from './common.js';
import { Countdown } from './countdown.js';

export interface AssignmentView {
  token: string;
  title: string;
  institution: { kk: string; ru: string };
  deadline: string;
  left: TimeLeft;
  instructions: string;
  platforms: string[];
  alert: { kk: AlertText; ru: AlertText };
  kit: PressKit;
  publications: Publication[];
}

const DECLARED = ['kk', 'ru', 'both'] as const;

function LangSelect({ tr, name, id, value }: { tr: Translator; name: string; id: string; value: string | null }): JSX.Element {
  return (
    <select name={name} id={id}>
      {DECLARED.map((l) => (
        <option value={l} selected={value === l} safe>
          {langLabel(tr, l)}
        </option>
      ))}
    </select>
  );
}

export function AssignmentPage(p: { tr: Translator; csrf: string; view: AssignmentView; flash?: string | undefined; problems?: string[] }): JSX.Element {
  const { t } = p.tr;
  const v = p.view;
  const base = `/a/${v.token}`;
  const live = v.publications.filter((x) => !x.withdrawnAt);
  const order = ['kk', 'ru'] as const;
  return (
    <Layout tr={p.tr} title={v.title} path={base} csrf={p.csrf} scripts={['/static/campaign.js']}>
      <p class="muted" safe>
        {t('campaign:assignment.for')}
      </p>
      <h1>
        <span lang="kk" safe>
          {v.institution.kk}
        </span>
        <br />
        <span lang="ru" class="muted" safe>
          {v.institution.ru}
        </span>
      </h1>
      <section class="card">
        <h2 safe>{v.title}</h2>
        <p>
          <strong safe>{t('campaign:directive.deadline')}</strong>: <span safe>{`${formatLocal(v.deadline)} (${t('campaign:deadline.zone')})`}</span>{' '}
          <Countdown tr={p.tr} deadline={v.deadline} left={v.left} />
        </p>
        {v.left.overdue ? (
          <p class="flash err" safe>
            {t('campaign:assignment.lateNote')}
          </p>
        ) : (
          ''
        )}
        {v.platforms.length > 0 ? (
          <p>
            <strong safe>{t('campaign:directive.platforms')}</strong>: <span safe>{v.platforms.map((x) => platformLabel(p.tr, x)).join(', ')}</span>
          </p>
        ) : (
          ''
        )}
        {v.instructions ? <p class="instructions" safe>{v.instructions}</p> : ''}
        <details>
          <summary safe>{t('campaign:directive.alert')}</summary>
          <div class="grid2">
            <AlertBlock tr={p.tr} text={v.alert.kk} lang="kk" />
            <AlertBlock tr={p.tr} text={v.alert.ru} lang="ru" />
          </div>
        </details>
      </section>

      <section class="card" id="submit">
        <h2 safe>{t('campaign:assignment.submitTitle')}</h2>
        <Flash text={p.flash} />
        {(p.problems ?? []).map((x) => (
          <Flash text={x} error />
        ))}
        <form method="post" action={`${base}/links`}>
          <Csrf token={p.csrf} />
          <label for="links" safe>
            {t('campaign:assignment.linksField')}
          </label>
          <textarea id="links" name="links" class="short" required placeholder="https://t.me/…&#10;https://www.instagram.com/p/…"></textarea>
          <label for="lang" safe>
            {t('campaign:assignment.langField')}
          </label>
          <LangSelect tr={p.tr} name="lang" id="lang" value="both" />
          <p>
            <button type="submit" safe>
              {t('campaign:assignment.send')}
            </button>
          </p>
        </form>
        <h3 safe>{t('campaign:assignment.submitted', { n: live.length })}</h3>
        <ul class="submitted">
          {live.map((x) => (
            <li data-publication={String(x.id)} data-platform={x.platform}>
              <a href={x.url} rel="noopener noreferrer nofollow" target="_blank" safe>
                {x.url}
              </a>
              <div class="muted">
                <span safe>{`${platformLabel(p.tr, x.platform)} · ${langLabel(p.tr, x.lang)} · ${formatLocal(x.submittedAt)}`}</span>{' '}
                {x.late ? (
                  <span class="badge warn" safe>
                    {t('campaign:status.late')}
                  </span>
                ) : (
                  ''
                )}{' '}
                <span class="badge" safe>
                  {t(`campaign:verify.${x.verifyStatus}`, { defaultValue: x.verifyStatus })}
                </span>
                {x.verifyStatus === 'login_wall' || x.verifyStatus === 'needs_review' ? (
                  <>
                    {' '}
                    <a href={`${base}/publications/${x.id}/screenshot`} safe>
                      {t('campaign:assignment.uploadScreenshot')}
                    </a>
                  </>
                ) : (
                  ''
                )}
              </div>
              <details>
                <summary safe>{t('campaign:assignment.edit')}</summary>
                <form method="post" action={`${base}/links/${x.id}`}>
                  <Csrf token={p.csrf} />
                  <label for={`url-${x.id}`} safe>
                    {t('campaign:assignment.url')}
                  </label>
                  <input type="url" id={`url-${x.id}`} name="url" value={x.url} required />
                  <label for={`lang-${x.id}`} safe>
                    {t('campaign:assignment.langField')}
                  </label>
                  <LangSelect tr={p.tr} name="lang" id={`lang-${x.id}`} value={x.lang} />
                  <button type="submit" safe>
                    {t('campaign:save')}
                  </button>
                </form>
              </details>
              <PostButton action={`${base}/links/${x.id}/withdraw`} csrf={p.csrf} label={t('campaign:assignment.withdraw')} class="inline" />
            </li>
          ))}
        </ul>
      </section>

      <section class="card kit">
        <h2 safe>{t('campaign:kit.title')}</h2>
        <p class="actions">
          <a class="button secondary" href={`${base}/kit.docx`} safe>
            {t('campaign:kit.docx')}
          </a>{' '}
          {order.map((l) => (
            <a class="button secondary" href={`${base}/poster/${l}`} target="_blank" safe>
              {t('campaign:kit.poster', { lang: langLabel(p.tr, l) })}
            </a>
          ))}
        </p>
        {order.map((l) => {
          const a = v.kit.article[l];
          const id = `kit-article-${l}`;
          const text = [a.headline, a.lead, ...a.body, ...a.whatToDo.map((w) => `• ${w}`), ...a.hotlines, a.checkUrl, a.institutionNote ?? ''].filter(Boolean).join('\n\n');
          return (
            <article class="kit-item" lang={l}>
              <h3 id={`${id}-title`} safe>{`${t('campaign:kit.article')} — ${langLabel(p.tr, l)}`}</h3>
              <textarea id={id} readonly class="kit-text" aria-labelledby={`${id}-title`} safe>
                {text}
              </textarea>
              <button type="button" class="secondary" data-copy={id} data-done={t('campaign:kit.copied')} safe>
                {t('campaign:kit.copy')}
              </button>
            </article>
          );
        })}
        {v.kit.variants
          .slice()
          .sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang))
          .map((x) => {
            const id = `kit-${x.platform}-${x.lang}`;
            return (
              <article class="kit-item" lang={x.lang} data-platform={x.platform}>
                <h3 id={`${id}-title`} safe>{`${platformLabel(p.tr, x.platform)} — ${langLabel(p.tr, x.lang)}`}</h3>
                <textarea id={id} readonly class="kit-text" aria-labelledby={`${id}-title`} safe>
                  {x.text}
                </textarea>
                <button type="button" class="secondary" data-copy={id} data-done={t('campaign:kit.copied')} safe>
                  {t('campaign:kit.copy')}
                </button>{' '}
                <span class="muted" safe>
                  {x.limit === null ? t('campaign:kit.chars', { n: platformLength(x.platform, x.text) }) : t('campaign:kit.charsOf', { n: platformLength(x.platform, x.text), limit: x.limit })}
                </span>
              </article>
            );
          })}
      </section>
    </Layout>
  );
}
