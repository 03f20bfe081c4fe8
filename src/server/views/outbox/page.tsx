// The authority's reminders page: the outbox (or the SMTP log), the rules of one directive, and "check now".
import { formatLocal } from '../../../campaign/deadline.js';
import type { ReminderPolicy } from '../../../campaign/reminders/plan.js';
import type { Translator } from '../../../i18n/index.js';
import type { ReminderView } from '../../../store/reminders.js';
import { CampaignNav } from '../campaign/common.js';
import { Csrf, Flash, PostButton } from '../fragments.js';
import { Layout } from '../layout.js';

export interface OutboxProps {
  tr: Translator;
  csrf: string;
  user: { username: string; role: 'admin' | 'viewer' };
  mode: 'smtp' | 'outbox';
  directives: { id: number; title: string; deadline: string }[];
  selected: { id: number; title: string; policy: ReminderPolicy } | undefined;
  reminders: ReminderView[];
  flash?: string | undefined;
  error?: string | undefined;
}

function ruleLabel(tr: Translator, rule: string): string {
  const days = Number(rule.replace(/^d/, ''));
  return days === 0 ? tr.t('reminders:outbox.ruleDayOf') : tr.t('reminders:outbox.ruleDays', { days });
}

/** Assignment links are secrets: only admins see them (as on the directive page); others see the link cut. */
export function redactLinks(text: string): string {
  return text.replace(/\/a\/[A-Za-z0-9_-]{8,}/g, '/a/…');
}

function RulesForm(p: { tr: Translator; csrf: string; directiveId: number; policy: ReminderPolicy }): JSX.Element {
  const { t } = p.tr;
  return (
    <form method="post" action={`/campaign/outbox/rules/${p.directiveId}`} class="outbox-rules">
      <Csrf token={p.csrf} />
      <fieldset>
        <legend safe>{t('reminders:outbox.rules')}</legend>
        <label>
          <span safe>{t('reminders:outbox.daysBefore')}</span>
          <input name="daysBefore" value={p.policy.daysBefore.join(', ')} required pattern="\s*\d{1,2}(\s*,\s*\d{1,2}){0,9}\s*" />
        </label>
        <label>
          <span safe>{t('reminders:outbox.cap')}</span>
          <input name="cap" type="number" min="1" max="20" value={String(p.policy.cap)} required />
        </label>
        <label>
          <span safe>{t('reminders:outbox.minGap')}</span>
          <input name="minGapHours" type="number" min="0" max="240" value={String(p.policy.minGapHours)} required />
        </label>
        <label>
          <span safe>{t('reminders:outbox.sendHour')}</span>
          <input name="sendHour" type="number" min="0" max="23" value={String(p.policy.sendHour)} required />
        </label>
        <label class="check">
          <input name="enabled" type="checkbox" value="on" checked={p.policy.enabled} />
          <span safe>{t('reminders:outbox.enabled')}</span>
        </label>
        <button type="submit" safe>
          {t('reminders:outbox.save')}
        </button>
      </fieldset>
    </form>
  );
}

export function OutboxPage(p: OutboxProps): JSX.Element {
  const { t } = p.tr;
  const admin = p.user.role === 'admin';
  const lang = p.tr.lang === 'kk' ? 'kk' : 'ru';
  const query = p.selected ? `?directive=${p.selected.id}` : '';
  return (
    <Layout tr={p.tr} title={t('reminders:outbox.title')} path={`/campaign/outbox${query}`} csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="outbox" admin={admin} />
      <h1 safe>{t('reminders:outbox.title')}</h1>
      <p class="muted" safe>
        {t('reminders:outbox.intro')}
      </p>
      <p>
        <strong safe>{`${t('reminders:outbox.mode')}: `}</strong>
        <span class={`badge ${p.mode === 'smtp' ? 'ok' : 'warn'}`} data-mode={p.mode} safe>
          {p.mode === 'smtp' ? t('reminders:outbox.modeSmtp') : t('reminders:outbox.modeOutbox')}
        </span>
      </p>
      <Flash text={p.flash} />
      <Flash text={p.error} error />
      <form method="get" action="/campaign/outbox" class="inline outbox-filter">
        <label>
          <span safe>{t('reminders:outbox.directive')}</span>
          <select name="directive" onchange="this.form.submit()">
            <option value="" safe>
              {t('reminders:outbox.allDirectives')}
            </option>
            {p.directives.map((d) => (
              <option value={String(d.id)} selected={p.selected?.id === d.id} safe>
                {`${d.title} — ${formatLocal(d.deadline)}`}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit">OK</button>
        </noscript>
      </form>
      {admin ? (
        <PostButton action={`/campaign/outbox/run${query}`} csrf={p.csrf} label={t('reminders:outbox.runNow')} class="outbox-run" />
      ) : (
        ''
      )}
      {admin && p.selected ? <RulesForm tr={p.tr} csrf={p.csrf} directiveId={p.selected.id} policy={p.selected.policy} /> : ''}
      {p.reminders.length === 0 ? (
        <p class="muted" safe>
          {t('reminders:outbox.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="outbox">
            <thead>
              <tr>
                <th safe>{t('reminders:outbox.due')}</th>
                <th safe>{t('reminders:outbox.institution')}</th>
                <th safe>{t('reminders:outbox.to')}</th>
                <th safe>{t('reminders:outbox.rule')}</th>
                <th safe>{t('reminders:outbox.status')}</th>
                <th safe>{t('reminders:outbox.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {p.reminders.map((r) => (
                <tr data-reminder={String(r.id)} data-status={r.status}>
                  <td safe>{formatLocal(r.sentAt ?? r.createdAt)}</td>
                  <td>
                    <span safe>{r.institution[lang]}</span>
                    {p.selected ? '' : <div class="muted" safe>{r.directiveTitle}</div>}
                  </td>
                  <td>
                    {!r.toEmail ? (
                      <span class="muted" safe>
                        {t('reminders:outbox.noAddress')}
                      </span>
                    ) : admin ? (
                      <a href={`mailto:${encodeURIComponent(r.toEmail)}?subject=${encodeURIComponent(r.subject)}&body=${encodeURIComponent(r.body)}`} safe>
                        {r.toEmail}
                      </a>
                    ) : (
                      <span safe>{r.toEmail}</span>
                    )}
                  </td>
                  <td safe>{ruleLabel(p.tr, r.rule)}</td>
                  <td>
                    <span class={`badge ${r.status === 'sent' || r.status === 'done' ? 'ok' : r.status === 'failed' || r.status === 'no_address' || r.status === 'interrupted' ? 'danger' : 'warn'}`} safe>
                      {t(`reminders:outbox.statuses.${r.status}`, { defaultValue: r.status })}
                    </span>
                    {r.error ? <div class="muted" safe>{r.error}</div> : ''}
                  </td>
                  <td>
                    <details>
                      <summary safe>{r.subject}</summary>
                      <pre class="mail" safe>{admin ? r.body : redactLinks(r.body)}</pre>
                    </details>
                    {admin && ['outbox', 'no_address', 'failed', 'interrupted'].includes(r.status) ? (
                      <PostButton action={`/campaign/outbox/${r.id}/done${query}`} csrf={p.csrf} label={t('reminders:outbox.markDone')} class="inline" buttonClass="small" />
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
