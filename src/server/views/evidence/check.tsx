// One check of a publication as the evidence page shows it: what was fetched and found, the hash, both
// times, the screenshot, and for uploaded screenshots the authority's review buttons.
import type { Translator } from '../../../i18n/index.js';
import type { EvidenceSummary } from '../../../store/evidence.js';
import { Csrf } from '../fragments.js';

const STATUS_CLASS: Record<string, string> = {
  verified: 'ok',
  no_mention: 'danger',
  unreachable: 'danger',
  refused: 'danger',
  login_wall: 'warn',
  needs_review: 'warn',
  pending: '',
};

export function VerifyBadge({ tr, status }: { tr: Translator; status: string }): JSX.Element {
  return (
    <span class={`badge ${STATUS_CLASS[status] ?? ''}`} data-verify={status} safe>
      {tr.t(`evidence:status.${status}`, { defaultValue: status })}
    </span>
  );
}

export function Row({ label, children }: { label: string; children: JSX.Element | string }): JSX.Element {
  return (
    <>
      <dt safe>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function dateLine(tr: Translator, iso: string | null, source: string | null): string {
  if (!iso) return tr.t('evidence:unknown');
  return `${iso}${source ? ` (${tr.t('evidence:dateSource', { source })})` : ''}`;
}

function langLine(tr: Translator, e: EvidenceSummary): string {
  const shares = Object.entries(e.langs.shares).sort((a, b) => b[1] - a[1]);
  if (shares.length === 0) return tr.t('evidence:unknown');
  return shares.map(([l, s]) => `${tr.t(`evidence:lang.${l}`, { defaultValue: l })} ${Math.round(s * 100)}%`).join(', ');
}

export function Check({ tr, e, csrf, admin }: { tr: Translator; e: EvidenceSummary; csrf: string; admin: boolean }): JSX.Element {
  const { t } = tr;
  return (
    <article class="card evidence-check" id={`check-${e.id}`} data-evidence={String(e.id)} data-source={e.source}>
      <h3>
        <span safe>{`${e.source === 'upload' ? t('evidence:upload') : t('evidence:check')} · ${e.checkedAtLocal}`}</span> <VerifyBadge tr={tr} status={e.status} />
      </h3>
      <dl class="facts">
        <Row label={t('evidence:reason')}>
          <span safe>{e.reason}</span>
        </Row>
        <Row label={t('evidence:checkedAt')}>
          <time datetime={e.checkedAt} safe>
            {e.checkedAt}
          </time>
        </Row>
        <Row label={t('evidence:checkedAtLocal')}>
          <span safe>{e.checkedAtLocal}</span>
        </Row>
        {e.source === 'check' ? (
          <>
            <Row label={t('evidence:finalUrl')}>
              <span class="url" safe>
                {e.finalUrl ?? e.fetchedUrl}
              </span>
            </Row>
            <Row label={t('evidence:httpStatus')}>
              <span safe>{e.httpStatus === null ? '—' : String(e.httpStatus)}</span>
            </Row>
            {e.hops.length > 0 ? (
              <Row label={t('evidence:redirects')}>
                <ol class="hops">
                  {e.hops.map((h) => (
                    <li class="url" safe>{`${h.status} ${h.url}`}</li>
                  ))}
                </ol>
              </Row>
            ) : (
              ''
            )}
            <Row label={t('evidence:pageTitle')}>
              <span safe>{e.title ?? '—'}</span>
            </Row>
            <Row label={t('evidence:published')}>
              <span safe>{dateLine(tr, e.publishedAt, e.publishedSource)}</span>
            </Row>
            <Row label={t('evidence:modified')}>
              <span safe>{dateLine(tr, e.modifiedAt, e.modifiedSource)}</span>
            </Row>
            <Row label={t('evidence:languages')}>
              <span safe>{langLine(tr, e)}</span>
            </Row>
            <Row label={t('evidence:matched')}>
              {e.matchedTerms.length === 0 ? (
                <span safe>{t('evidence:noMatch')}</span>
              ) : (
                <ul class="terms">
                  {e.matchedTerms.map((m) => (
                    <li lang={m.lang} safe>{`${m.lang.toUpperCase()}: ${m.text}`}</li>
                  ))}
                </ul>
              )}
            </Row>
            {e.kitOverlap !== null ? (
              <Row label={t('evidence:kitOverlap')}>
                <span safe>{`${e.kitOverlap}%`}</span>
              </Row>
            ) : (
              ''
            )}
            <Row label={t('evidence:sha256')}>
              <code class="hash" data-sha256 safe>
                {e.bodySha256 ?? '—'}
              </code>
            </Row>
            {e.bodyBytes !== null ? (
              <Row label={t('evidence:bodyBytes')}>
                <span safe>{t('evidence:bytes', { n: e.bodyBytes })}</span>
              </Row>
            ) : (
              ''
            )}
          </>
        ) : (
          ''
        )}
      </dl>
      {e.rendered ? (
        <p class="muted" safe>
          {t('evidence:rendered')}
        </p>
      ) : (
        ''
      )}
      {e.hasBody ? (
        <p>
          <a href={`/campaign/evidence/${e.id}/body`} download="" safe>
            {t('evidence:downloadBody')}
          </a>
        </p>
      ) : (
        ''
      )}
      {e.hasScreenshot ? (
        <figure class="shot">
          <a href={`/campaign/evidence/${e.id}/screenshot`}>
            <img src={`/campaign/evidence/${e.id}/screenshot`} alt={t('evidence:screenshot')} loading="lazy" />
          </a>
        </figure>
      ) : e.source === 'check' && e.status !== 'refused' && e.status !== 'unreachable' ? (
        <p class="muted" safe>
          {t('evidence:noScreenshot')}
        </p>
      ) : (
        ''
      )}
      {e.source === 'upload' && e.review ? (
        <div class="review" data-review={e.review}>
          <p safe>{t(`evidence:review.${e.review}`)}</p>
          {e.review === 'pending' && admin ? (
            <form method="post" action={`/campaign/evidence/${e.id}/review`} class="inline">
              <Csrf token={csrf} />
              <button type="submit" name="decision" value="confirm" safe>
                {t('evidence:review.confirm')}
              </button>{' '}
              <button type="submit" name="decision" value="reject" class="secondary" safe>
                {t('evidence:review.reject')}
              </button>
            </form>
          ) : (
            ''
          )}
        </div>
      ) : (
        ''
      )}
      {e.source === 'check' && Object.keys(e.headers).length > 0 ? (
        <details>
          <summary safe>{t('evidence:headers')}</summary>
          <dl class="headers">
            {Object.entries(e.headers).map(([k, v]) => (
              <>
                <dt safe>{k}</dt>
                <dd safe>{v}</dd>
              </>
            ))}
          </dl>
        </details>
      ) : (
        ''
      )}
      {e.text !== '' ? (
        <details>
          <summary safe>{t('evidence:text')}</summary>
          <pre class="extracted" safe>
            {e.text.slice(0, 20_000)}
          </pre>
        </details>
      ) : (
        ''
      )}
      <p class="muted" safe>
        {t('evidence:duration', { ms: e.durationMs })}
      </p>
    </article>
  );
}

