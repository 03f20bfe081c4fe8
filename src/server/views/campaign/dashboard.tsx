// The campaign dashboard: every directive with its deadline and progress.
import { formatLocal } from '../../../campaign/deadline.js';
import type { Progress } from '../../../campaign/directive.js';
import type { Translator } from '../../../i18n/index.js';
import type { StoredAlert } from '../../../store/alerts.js';
import type { Directive } from '../../../store/directives.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Flash } from './common.js';

export interface DashboardRow {
  directive: Directive;
  alert: StoredAlert | undefined;
  progress: Progress;
}

export function DashboardPage(p: { tr: Translator; csrf: string; user: ViewUser; rows: DashboardRow[]; nowMs: number; flash?: string | undefined }): JSX.Element {
  const { t } = p.tr;
  return (
    <Layout tr={p.tr} title={t('campaign:dashboard.title')} path="/campaign" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="dashboard" admin={p.user.role === 'admin'} />
      <h1 safe>{t('campaign:dashboard.title')}</h1>
      <Flash text={p.flash} />
      {p.user.role === 'admin' ? (
        <p>
          <a class="button" href="/campaign/directives/new" safe>
            {t('campaign:dashboard.new')}
          </a>
        </p>
      ) : (
        ''
      )}
      {p.rows.length === 0 ? (
        <p class="muted" safe>
          {t('campaign:dashboard.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="directives">
            <thead>
              <tr>
                <th safe>{t('campaign:directive.title')}</th>
                <th safe>{t('campaign:directive.deadline')}</th>
                <th safe>{t('campaign:dashboard.progress')}</th>
                <th safe>{t('campaign:status.submitted')}</th>
                <th safe>{t('campaign:status.late')}</th>
                <th safe>{t('campaign:status.none')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr data-directive={String(r.directive.id)}>
                  <td>
                    <a href={`/campaign/directives/${r.directive.id}`} safe>
                      {r.directive.title}
                    </a>
                  </td>
                  <td>
                    <span safe>{formatLocal(r.directive.deadline)}</span>
                    {Date.parse(r.directive.deadline) < p.nowMs ? (
                      <span class="badge warn" safe>
                        {t('campaign:deadline.passed')}
                      </span>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>
                    <progress max="100" value={String(Math.round(r.progress.done * 100))} aria-label={t('campaign:dashboard.progress')}></progress>
                    <span safe>{`${Math.round(r.progress.done * 100)}%`}</span>
                  </td>
                  <td safe>{String(r.progress.submitted)}</td>
                  <td safe>{String(r.progress.late)}</td>
                  <td safe>{String(r.progress.none)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
