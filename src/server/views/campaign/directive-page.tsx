// One directive for the authority: deadline, progress, counts per platform and language, a chart of
// submissions over time against the deadline, and the table of institutions with filters.
import { formatLocal, timeLeft } from '../../../campaign/deadline.js';
import type { AssignmentStatus, Progress } from '../../../campaign/directive.js';
import type { Translator } from '../../../i18n/index.js';
import type { StoredAlert } from '../../../store/alerts.js';
import type { Directive } from '../../../store/directives.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Flash, PostButton, StatusBadge, langLabel, platformLabel } from './common.js';
import { Countdown } from './countdown.js';

export interface DirectiveRow {
  assignmentId: number;
  institution: string;
  district: string;
  type: string;
  typeLabel: string;
  status: AssignmentStatus;
  links: { id: number; url: string; platform: string; lang: string | null; late: boolean; verifyStatus: string }[];
  revoked: boolean;
  /** The institution's link; admins only. */
  link?: string | undefined;
}

export interface DirectiveFilters {
  status: string;
  district: string;
  type: string;
}

export function DirectivePage(p: {
  tr: Translator;
  csrf: string;
  user: ViewUser;
  directive: Directive;
  alert: StoredAlert | undefined;
  progress: Progress;
  rows: DirectiveRow[];
  districts: string[];
  types: { code: string; label: string }[];
  filters: DirectiveFilters;
  nowMs: number;
  flash?: string | undefined;
}): JSX.Element {
  const { t } = p.tr;
  const d = p.directive;
  const pr = p.progress;
  const base = `/campaign/directives/${d.id}`;
  const chart = {
    labels: pr.timeline.map((x) => x.day),
    institutions: pr.timeline.map((x) => x.institutions),
    total: pr.institutions,
    deadlineDay: pr.deadlineDay,
    names: { institutions: t('campaign:chart.institutions'), target: t('campaign:chart.target'), deadline: t('campaign:chart.deadline') },
  };
  const left = timeLeft(p.nowMs, d.deadline);
  return (
    <Layout tr={p.tr} title={d.title} path={base} csrf={p.csrf} user={{ name: p.user.username }} scripts={['/static/vendor/chart.umd.min.js', '/static/campaign.js']}>
      <CampaignNav tr={p.tr} current="dashboard" />
      <h1 safe>{d.title}</h1>
      <Flash text={p.flash} />
      <section class="card">
        {p.alert ? (
          <p>
            <span safe>{t('campaign:directive.alert')}</span>: <a href={`/campaign/alerts/${p.alert.id}`} safe>{`${p.alert.content.kk.title} / ${p.alert.content.ru.title}`}</a>
          </p>
        ) : (
          ''
        )}
        <p>
          <strong safe>{t('campaign:directive.deadline')}</strong>: <span safe>{`${formatLocal(d.deadline)} (${t('campaign:deadline.zone')})`}</span>{' '}
          <Countdown tr={p.tr} deadline={d.deadline} left={left} />
        </p>
        <p>
          <progress max="100" value={String(Math.round(pr.done * 100))} aria-label={t('campaign:dashboard.progress')}></progress>
          <span class="progress-text" safe>
            {t('campaign:directive.progressText', { done: pr.submitted + pr.late, total: pr.institutions, late: pr.late })}
          </span>
        </p>
        <p class="actions">
          {(['xlsx', 'docx', 'csv', 'pdf'] as const).map((f) => (
            <a class="button secondary" href={`${base}/report.${f}`} data-export={f} safe>
              {t(`campaign:report.${f}`)}
            </a>
          ))}
        </p>
      </section>
      <section class="grid2">
        <div class="card">
          <h2 safe>{t('campaign:directive.perPlatform')}</h2>
          <ul class="counts">
            {Object.entries(pr.perPlatform).map(([k, n]) => (
              <li data-platform={k}>
                <span safe>{platformLabel(p.tr, k)}</span>: <strong safe>{String(n)}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div class="card">
          <h2 safe>{t('campaign:directive.perLang')}</h2>
          <ul class="counts">
            {Object.entries(pr.perLang).map(([k, n]) => (
              <li data-lang={k}>
                <span safe>{langLabel(p.tr, k)}</span>: <strong safe>{String(n)}</strong>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section class="card">
        <h2 safe>{t('campaign:chart.title')}</h2>
        <canvas id="progress-chart" height="120" data-chart={JSON.stringify(chart)} role="img" aria-label={t('campaign:chart.title')}></canvas>
      </section>
      <section>
        <h2 safe>{t('campaign:directive.institutions')}</h2>
        <form method="get" action={base} class="filters">
          <label>
            <span safe>{t('campaign:filter.status')}</span>
            <select name="status">
              {['', 'none', 'submitted', 'late'].map((s) => (
                <option value={s} selected={p.filters.status === s} safe>
                  {s === '' ? t('campaign:filter.all') : t(`campaign:status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span safe>{t('campaign:filter.district')}</span>
            <select name="district">
              <option value="" safe>
                {t('campaign:filter.all')}
              </option>
              {p.districts.map((x) => (
                <option value={x} selected={p.filters.district === x} safe>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span safe>{t('campaign:filter.type')}</span>
            <select name="type">
              <option value="" safe>
                {t('campaign:filter.all')}
              </option>
              {p.types.map((x) => (
                <option value={x.code} selected={p.filters.type === x.code} safe>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="secondary" safe>
            {t('campaign:filter.apply')}
          </button>
        </form>
        <div class="table-wrap">
          <table class="assignments">
            <thead>
              <tr>
                <th safe>{t('campaign:institution.name')}</th>
                <th safe>{t('campaign:institution.district')}</th>
                <th safe>{t('campaign:directive.status')}</th>
                <th safe>{t('campaign:directive.links')}</th>
                {p.user.role === 'admin' ? <th safe>{t('campaign:directive.secretLink')}</th> : ''}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr data-assignment={String(r.assignmentId)} data-status={r.status}>
                  <td>
                    <span safe>{r.institution}</span>
                    <br />
                    <span class="muted" safe>
                      {r.typeLabel}
                    </span>
                  </td>
                  <td safe>{r.district}</td>
                  <td>
                    <StatusBadge tr={p.tr} status={r.status} />
                  </td>
                  <td>
                    <ul class="links">
                      {r.links.map((l) => (
                        <li>
                          <a href={l.url} rel="noopener noreferrer nofollow" target="_blank" safe>
                            {platformLabel(p.tr, l.platform)}
                          </a>{' '}
                          <span class="muted" safe>
                            {`${langLabel(p.tr, l.lang)} · ${t(`campaign:verify.${l.verifyStatus}`, { defaultValue: l.verifyStatus })}${l.late ? ` · ${t('campaign:status.late')}` : ''}`}
                          </span>{' '}
                          <a href={`/campaign/publications/${l.id}/evidence`} safe>
                            {t('campaign:evidenceLink')}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  {p.user.role === 'admin' ? (
                    <td>
                      {r.revoked ? (
                        <span class="badge" safe>
                          {t('campaign:assignment.revoked')}
                        </span>
                      ) : r.link ? (
                        <span>
                          <input type="text" readonly value={r.link} id={`link-${r.assignmentId}`} class="link-field" aria-label={t('campaign:directive.secretLink')} />
                          <button type="button" class="secondary" data-copy={`link-${r.assignmentId}`} data-done={t('campaign:kit.copied')} safe>
                            {t('campaign:kit.copy')}
                          </button>
                        </span>
                      ) : (
                        ''
                      )}
                      <PostButton action={`/campaign/assignments/${r.assignmentId}/reissue`} csrf={p.csrf} label={t('campaign:assignment.reissue')} class="inline" />
                      {r.revoked ? (
                        ''
                      ) : (
                        <PostButton action={`/campaign/assignments/${r.assignmentId}/revoke`} csrf={p.csrf} label={t('campaign:assignment.revoke')} class="inline" />
                      )}
                    </td>
                  ) : (
                    ''
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
