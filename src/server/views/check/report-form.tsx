// The scam report form: from a result (number and text filled in) or on its own. Works without JavaScript.
import type { Translator } from '../../../i18n/index.js';
import { CHANNELS } from '../../../store/reports.js';
import { Csrf } from '../fragments.js';

export function ReportForm(p: { tr: Translator; csrf: string; number?: string | undefined; text?: string | undefined; id?: string }): JSX.Element {
  const { t } = p.tr;
  const id = p.id ?? 'report';
  return (
    <form method="post" action="/check/report" class="report-form" hx-post="/check/report" hx-target={`#${id}-out`} hx-swap="innerHTML">
      <Csrf token={p.csrf} />
      <label for={`${id}-number`} safe>
        {t('check:report.number')}
      </label>
      <input type="tel" id={`${id}-number`} name="number" maxlength="40" autocomplete="off" value={p.number ?? ''} />
      <label for={`${id}-text`} safe>
        {t('check:report.text')}
      </label>
      <textarea id={`${id}-text`} name="text" maxlength="5000" safe>
        {p.text ?? ''}
      </textarea>
      <fieldset class="channels">
        <legend safe>{t('check:report.channel')}</legend>
        {CHANNELS.map((c, i) => (
          <label class="inline-choice">
            <input type="radio" name="channel" value={c} checked={i === 0} /> <span safe>{t(`check:report.channels.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <label for={`${id}-note`} safe>
        {t('check:report.note')}
      </label>
      <input type="text" id={`${id}-note`} name="note" maxlength="2000" />
      <p>
        <button type="submit" safe>
          {t('check:report.submit')}
        </button>
      </p>
      <div id={`${id}-out`} role="status" aria-live="polite"></div>
    </form>
  );
}

export function ReportOutcome({ tr, duplicate, error }: { tr: Translator; duplicate?: boolean; error?: string | undefined }): JSX.Element {
  if (error)
    return (
      <p class="flash err" role="alert" safe>
        {error}
      </p>
    );
  return (
    <p class="flash report-thanks" safe>
      {tr.t(duplicate ? 'check:report.duplicate' : 'check:report.thanks')}
    </p>
  );
}
