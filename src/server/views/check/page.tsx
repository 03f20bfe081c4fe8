// The citizen /check page: a message box (with "paste"), the result, a number lookup and the report form.
// Every form works without JavaScript; htmx only swaps the result in place.
import type { Children } from '@kitajs/html';
import type { Translator } from '../../../i18n/index.js';
import { Layout } from '../layout.js';
import { ReportForm } from './report-form.js';
import { Csrf } from '../fragments.js';

export interface CheckPageProps {
  tr: Translator;
  csrf: string;
  text?: string | undefined;
  sender?: string | undefined;
  numberInput?: string | undefined;
  /** The rendered result of a message check, when there is one. */
  result?: Children;
  /** The rendered number lookup (or its error), when there is one. */
  numberResult?: Children;
  /** The rendered outcome of a report, when there is one. */
  reportOutcome?: Children;
  error?: string | undefined;
  path?: string;
}

export function CheckPage(p: CheckPageProps): JSX.Element {
  const { t } = p.tr;
  return (
    <Layout tr={p.tr} title={t('check:title')} path={p.path ?? '/check'} csrf={p.csrf} scripts={['/static/check.js']}>
      <h1 safe>{t('check:title')}</h1>
      <p class="lead" safe>
        {t('check:lead')}
      </p>
      <section class="card check-form">
        <form method="post" action="/check" hx-post="/check" hx-target="#result" hx-select="#result" hx-swap="outerHTML">
          <Csrf token={p.csrf} />
          <label for="text" safe>
            {t('check:form.label')}
          </label>
          <textarea id="text" name="text" required maxlength="5000" aria-describedby="privacy" safe>
            {p.text ?? ''}
          </textarea>
          <label for="sender" safe>
            {t('check:form.sender')}
          </label>
          <input type="text" id="sender" name="sender" maxlength="64" autocomplete="off" value={p.sender ?? ''} />
          <p class="actions">
            <button type="button" class="secondary" id="paste" data-target="text" hidden safe>
              {t('check:form.paste')}
            </button>{' '}
            <button type="submit" safe>
              {t('check:form.submit')}
            </button>
          </p>
          <p class="muted" id="privacy" safe>
            {t('check:form.privacy')}
          </p>
        </form>
      </section>
      <div id="result">
        {p.error ? (
          <p class="flash err" role="alert" safe>
            {p.error}
          </p>
        ) : (
          ''
        )}
        {p.result ?? ''}
      </div>
      <section class="card number-form" id="number">
        <h2 safe>{t('check:number.title')}</h2>
        <form method="get" action="/check/number" hx-get="/check/number" hx-target="#number-result" hx-select="#number-result" hx-swap="outerHTML">
          <label for="n" safe>
            {t('check:number.label')}
          </label>
          <input type="tel" id="n" name="n" required maxlength="40" placeholder={t('check:number.placeholder')} value={p.numberInput ?? ''} />
          <p>
            <button type="submit" safe>
              {t('check:number.submit')}
            </button>
          </p>
        </form>
        <div id="number-result">{p.numberResult ?? ''}</div>
      </section>
      <section class="card" id="report">
        <h2 safe>{t('check:report.title')}</h2>
        <p class="muted" safe>
          {t('check:report.lead')}
        </p>
        {p.reportOutcome ?? ''}
        <ReportForm tr={p.tr} csrf={p.csrf} id="report-direct" />
      </section>
    </Layout>
  );
}
