// The authority's moderation queue: reports by status, each with approve / reject for admins.
// Report text is what strangers typed: it is always escaped and shown as text.
import type { Translator } from '../../../i18n/index.js';
import type { Report, ReportStatus } from '../../../store/reports.js';
import { STATUSES } from '../../../store/reports.js';
import { Layout } from '../layout.js';
import { Csrf } from '../fragments.js';

export function ReportRow({ tr, r, csrf, canDecide }: { tr: Translator; r: Report; csrf: string; canDecide: boolean }): JSX.Element {
  const { t } = tr;
  return (
    <tr id={`report-${r.id}`} data-status={r.status}>
      <td safe>{r.numberKey ?? '—'}</td>
      <td>
        <span class="report-text" safe>
          {r.text ?? '—'}
        </span>
        {r.note ? (
          <p class="muted">
            <span safe>{`${t('check:moderation.note')}: `}</span>
            <span class="report-note" safe>
              {r.note}
            </span>
          </p>
        ) : (
          ''
        )}
      </td>
      <td safe>{t(`check:report.channels.${r.channel}`)}</td>
      <td safe>{String(r.count)}</td>
      <td safe>{`${r.firstReportedAt.slice(0, 16).replace('T', ' ')} / ${r.lastReportedAt.slice(0, 16).replace('T', ' ')}`}</td>
      <td>
        {canDecide ? (
          <div class="decide">
            {r.status !== 'approved' ? (
              <form method="post" action={`/moderation/${r.id}`} hx-post={`/moderation/${r.id}`} hx-target={`#report-${r.id}`} hx-swap="outerHTML" class="inline">
                <Csrf token={csrf} />
                <input type="hidden" name="decision" value="approved" />
                <button type="submit" class="approve" safe>
                  {t('check:moderation.approve')}
                </button>
              </form>
            ) : (
              ''
            )}{' '}
            {r.status !== 'rejected' ? (
              <form method="post" action={`/moderation/${r.id}`} hx-post={`/moderation/${r.id}`} hx-target={`#report-${r.id}`} hx-swap="outerHTML" class="inline">
                <Csrf token={csrf} />
                <input type="hidden" name="decision" value="rejected" />
                <button type="submit" class="secondary reject" safe>
                  {t('check:moderation.reject')}
                </button>
              </form>
            ) : (
              ''
            )}
          </div>
        ) : (
          <span class="badge" safe>
            {t(`check:moderation.tabs.${r.status}`)}
          </span>
        )}
      </td>
    </tr>
  );
}

export function ModerationPage(p: {
  tr: Translator;
  csrf: string;
  user: { username: string; role: string };
  status: ReportStatus;
  counts: Record<ReportStatus, number>;
  reports: Report[];
}): JSX.Element {
  const { t } = p.tr;
  const canDecide = p.user.role === 'admin';
  return (
    <Layout tr={p.tr} title={t('check:moderation.title')} path={`/moderation?status=${p.status}`} csrf={p.csrf} user={{ name: p.user.username }}>
      <h1 safe>{t('check:moderation.title')}</h1>
      <nav class="tabs" aria-label={t('check:moderation.title')}>
        {STATUSES.map((s) => (
          <a href={`/moderation?status=${s}`} aria-current={s === p.status ? 'page' : 'false'} safe>
            {`${t(`check:moderation.tabs.${s}`)} (${p.counts[s]})`}
          </a>
        ))}
      </nav>
      {canDecide ? (
        ''
      ) : (
        <p class="muted" safe>
          {t('check:moderation.viewerOnly')}
        </p>
      )}
      {p.reports.length === 0 ? (
        <p safe>{t('check:moderation.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="reports">
            <thead>
              <tr>
                <th scope="col" safe>{t('check:moderation.number')}</th>
                <th scope="col" safe>{t('check:moderation.text')}</th>
                <th scope="col" safe>{t('check:moderation.channel')}</th>
                <th scope="col" safe>{t('check:moderation.count')}</th>
                <th scope="col" safe>{t('check:moderation.dates')}</th>
                <th scope="col" safe>{t('check:moderation.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.reports.map((r) => (
                <ReportRow tr={p.tr} r={r} csrf={p.csrf} canDecide={canDecide} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
