// A check result: the verdict in colour and words, the message with its signs marked, the reasons,
// what to do (with the official contacts of the organization the message pretends to be from), and a
// share link that carries no message text.
import type { ExplainedResult } from '../../../lure/explain.js';
import type { Verdict } from '../../../lure/types.js';
import type { Translator } from '../../../i18n/index.js';
import type { Organization } from '../../../phones/types.js';
import { Highlighted } from './highlight.js';

// plain symbols that common system fonts carry (no emoji font needed)
const ICON: Record<Verdict, string> = { danger: '✖', suspicious: '⚠', no_signs: '✓' };

export function VerdictCard({ tr, verdict, score }: { tr: Translator; verdict: Verdict; score?: number | undefined }): JSX.Element {
  const { t } = tr;
  return (
    <div class={`verdict ${verdict}`} role="status" data-verdict={verdict}>
      <h2>
        <span aria-hidden="true" safe>
          {ICON[verdict]}
        </span>{' '}
        <span safe>{t(`check:verdict.${verdict}`)}</span>
      </h2>
      {score !== undefined ? <p safe>{t('check:verdict.score', { score: Math.round(score * 100) })}</p> : ''}
      {verdict === 'no_signs' ? <p safe>{t('check:verdict.no_signs_note')}</p> : ''}
    </div>
  );
}

export function Reasons({ tr, result }: { tr: Translator; result: ExplainedResult }): JSX.Element {
  const { t } = tr;
  return (
    <section class="reasons">
      <h3 safe>{t('check:reasons.title')}</h3>
      {result.reasons.length === 0 ? (
        <p safe>{t('check:reasons.none')}</p>
      ) : (
        <ul>
          {result.reasons.map((r) => (
            <li data-code={r.code}>
              <span safe>{r.explanation}</span>
              {r.text ? (
                <>
                  {' '}
                  — <q safe>{r.text}</q>
                </>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What to do: the analyzer's advice, the official contacts of the claimed organizations (with sources), and 102. */
export function Advice({ tr, result, claimed }: { tr: Translator; result: ExplainedResult; claimed: Organization[] }): JSX.Element {
  const { t, lang } = tr;
  return (
    <section class="advice">
      <h3 safe>{t('check:advice.title')}</h3>
      <ul>
        {result.advice.map((a) => (
          <li data-advice={a.id} safe>
            {a.text}
          </li>
        ))}
        {claimed.flatMap((org) => [
          ...org.phones.map((p) => (
            <li class="official-contact" data-org={org.id}>
              <span safe>{t('check:advice.official', { org: org.names[lang], number: p.value })}</span> (
              <a href={p.source} rel="noopener noreferrer" target="_blank" safe>
                {t('check:advice.source')}
              </a>
              )
            </li>
          )),
          ...org.domains.map((d) => (
            <li class="official-contact" data-org={org.id}>
              <span safe>{t('check:advice.officialSite', { org: org.names[lang], domain: d.value })}</span> (
              <a href={d.source} rel="noopener noreferrer" target="_blank" safe>
                {t('check:advice.source')}
              </a>
              )
            </li>
          )),
        ])}
        {result.verdict === 'no_signs' ? '' : <li class="police" safe>{t('check:advice.police')}</li>}
      </ul>
    </section>
  );
}

export function ShareLink({ tr, url }: { tr: Translator; url: string }): JSX.Element {
  const { t } = tr;
  return (
    <section class="share">
      <label for="share-url" safe>
        {t('check:share.label')}
      </label>
      <input type="text" id="share-url" readonly value={url} />
      <p class="muted" safe>
        {t('check:share.note')}
      </p>
    </section>
  );
}

export function ResultView(p: { tr: Translator; text: string; result: ExplainedResult; claimed: Organization[]; shareUrl: string; reported?: ReadonlySet<string> }): JSX.Element {
  const { t } = p.tr;
  const { result } = p;
  return (
    <article class="result" id="check-result" tabindex="-1">
      <VerdictCard tr={p.tr} verdict={result.verdict} score={result.score} />
      <section>
        <h3 safe>{t('check:message')}</h3>
        <Highlighted text={p.text} spans={result.reasons.map((r) => ({ span: r.span, code: r.code }))} />
      </section>
      <Reasons tr={p.tr} result={result} />
      <Advice tr={p.tr} result={result} claimed={p.claimed} />
      {result.numbers.length > 0 ? (
        <section class="numbers">
          <h3 safe>{t('check:numbers.title')}</h3>
          <ul>
            {result.numbers.map((n) => (
              <li>
                <a href={`/check/number?n=${encodeURIComponent(n.key)}`} safe>
                  {n.display}
                </a>{' '}
                {n.officialFor.length > 0 ? (
                  <span class="badge ok" safe>
                    {t('check:number.officialBadge')}
                  </span>
                ) : (
                  ''
                )}{' '}
                {p.reported?.has(n.key) ? (
                  <span class="badge danger" safe>
                    {t('check:number.reportedBadge')}
                  </span>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      <ShareLink tr={p.tr} url={p.shareUrl} />
    </article>
  );
}
