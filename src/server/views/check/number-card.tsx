// One number's lookup as a card: official for whom (with the source page), citizen reports, Watch flags.
import type { NumberLookup } from '../../../check/number-lookup.js';
import type { Translator } from '../../../i18n/index.js';
import { watchReasonText } from '../../../i18n/watch-reasons.js';

const day = (iso: string | null): string => (iso ?? '').slice(0, 10);

export function NumberCard({ tr, lookup }: { tr: Translator; lookup: NumberLookup }): JSX.Element {
  const { t, lang } = tr;
  const n = lookup.normalized;
  const official = lookup.official.length > 0;
  const danger = lookup.reports.reported || lookup.watch.length > 0;
  return (
    <section class={`card number-card ${danger ? 'is-reported' : official ? 'is-official' : ''}`} aria-live="polite" data-number={n.key}>
      <h3>
        <span class="number-display" safe>
          {n.display}
        </span>{' '}
        <span class="muted" safe>{`(${t(`check:number.kind.${n.kind}`)}${n.country ? `, ${n.country}` : ''})`}</span>{' '}
        {official ? (
          <span class="badge ok" safe>
            {t('check:number.officialBadge')}
          </span>
        ) : (
          ''
        )}{' '}
        {lookup.reports.reported ? (
          <span class="badge danger" safe>
            {t('check:number.reportedBadge')}
          </span>
        ) : (
          ''
        )}
      </h3>
      {official ? (
        <ul class="official">
          {lookup.official.map((o) => (
            <li data-org={o.org.id}>
              <span safe>{t('check:number.official', { org: o.org.names[lang] })}</span>{' '}
              (
              <a href={o.phone.source} rel="noopener noreferrer" target="_blank" safe>
                {t('check:advice.source')}
              </a>
              )
            </li>
          ))}
        </ul>
      ) : (
        <p safe>{t('check:number.notOfficial')}</p>
      )}
      <p class={lookup.reports.reported ? 'reported' : ''} safe>
        {lookup.reports.reported
          ? t('check:number.reported', { reports: lookup.reports.reports, times: lookup.reports.times, first: day(lookup.reports.first), last: day(lookup.reports.last) })
          : t('check:number.notReported')}
      </p>
      {lookup.watch.length > 0 ? (
        <ul class="flags">
          {lookup.watch.map((f) => (
            <li>
              <span safe>{t('check:number.flagged', { score: f.score.toFixed(2), alerts: f.alerts })}</span>
              {f.reasons.length > 0 ? (
                <ul class="muted">
                  {f.reasons.map((r) => (
                    <li safe>{watchReasonText(t, r)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" safe>
          {t('check:number.notFlagged')}
        </p>
      )}
    </section>
  );
}
