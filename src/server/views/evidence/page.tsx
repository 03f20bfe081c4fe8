// The evidence page of one publication, for the authority: its state, every check with what was found
// (final address, status, dates, languages, matched terms, hash, UTC and Almaty times, screenshot), the
// re-check button, and the review of screenshots uploaded for pages behind a login wall.
import type { Translator } from '../../../i18n/index.js';
import type { EvidenceSummary } from '../../../store/evidence.js';
import type { JobView, PublicationContext } from '../../../store/verification.js';
import { PostButton } from '../fragments.js';
import { Layout } from '../layout.js';
import { Check, Row, VerifyBadge } from './check.js';

export interface EvidencePageProps {
  tr: Translator;
  csrf: string;
  user: { username: string; role: 'admin' | 'viewer' };
  pub: PublicationContext;
  job: JobView | undefined;
  checks: EvidenceSummary[];
  flash?: string | undefined;
}

export function EvidencePage(p: EvidencePageProps): JSX.Element {
  const { t } = p.tr;
  const pub = p.pub;
  const admin = p.user.role === 'admin';
  const name = `${pub.institution.nameKk} / ${pub.institution.nameRu}`;
  const path = `/campaign/publications/${pub.publicationId}/evidence`;
  return (
    <Layout tr={p.tr} title={t('evidence:title')} path={path} csrf={p.csrf} user={{ name: p.user.username }}>
      <p>
        <a href={`/campaign/directives/${pub.directiveId}`} safe>
          {`← ${t('evidence:back')}: ${pub.directiveTitle}`}
        </a>
      </p>
      <h1 safe>{t('evidence:title')}</h1>
      {p.flash ? (
        <p class="flash" role="status" safe>
          {p.flash}
        </p>
      ) : (
        ''
      )}
      <section class="card evidence-head">
        <dl class="facts">
          <Row label={t('evidence:institution')}>
            <span safe>{name}</span>
          </Row>
          <Row label={t('evidence:link')}>
            <a class="url" href={pub.url} rel="noopener noreferrer nofollow" target="_blank" safe>
              {pub.url}
            </a>
          </Row>
          <Row label={t('evidence:platform')}>
            <span safe>{pub.platform}</span>
          </Row>
          <Row label={t('evidence:submitted')}>
            <span safe>{pub.submittedAt}</span>
          </Row>
        </dl>
        <p class="state">
          <VerifyBadge tr={p.tr} status={pub.verifyStatus} />{' '}
          {p.job?.goneSince ? (
            <strong class="gone" data-gone-since={p.job.goneSince} safe>
              {t('evidence:goneSince', { time: p.job.goneSince })}
            </strong>
          ) : (
            ''
          )}{' '}
          <span class="muted" safe>
            {p.job?.state === 'running'
              ? t('evidence:running')
              : p.job?.state === 'queued'
                ? t('evidence:queued')
                : p.job?.nextCheckAt
                  ? t('evidence:nextCheck', { time: p.job.nextCheckAt })
                  : ''}
          </span>
        </p>
        {pub.verifyReason ? <p safe>{pub.verifyReason}</p> : ''}
        {admin ? (
          <PostButton action={`/campaign/publications/${pub.publicationId}/recheck`} csrf={p.csrf} label={t('evidence:recheck')} />
        ) : (
          ''
        )}
      </section>
      <h2 safe>{t('evidence:checks')}</h2>
      {p.checks.length === 0 ? (
        <p safe>{t('evidence:noChecks')}</p>
      ) : (
        p.checks.map((e) => <Check tr={p.tr} e={e} csrf={p.csrf} admin={admin} />)
      )}
    </Layout>
  );
}
