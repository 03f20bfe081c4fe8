// The /watch page: what the detector does and the rules it keeps, and the latest flagged numbers.
import type { Translator } from '../../../i18n/index.js';
import { watchReasonText } from '../../../i18n/watch-reasons.js';
import type { NumberFlag } from '../../../store/number-flags.js';
import { Layout } from '../layout.js';

/** Official numbers are flagged only for spoofed senders; the reasons carry it. */
function isSpoof(f: NumberFlag): boolean {
  return f.reasons.some((r) => r.code === 'spoofed_senders');
}

export function WatchPage({ tr, flags, total }: { tr: Translator; flags: NumberFlag[]; total: number }): JSX.Element {
  const { t, list } = tr;
  return (
    <Layout tr={tr} title={t('watch:title')} path="/watch">
      <section class="hero">
        <h1 safe>{t('watch:title')}</h1>
        <p class="lead" safe>
          {t('watch:lead')}
        </p>
      </section>
      <section class="card">
        <h2 safe>{t('watch:how.title')}</h2>
        <ul>
          {list('watch:how.items').map((s) => (
            <li safe>{s}</li>
          ))}
        </ul>
        <h2 safe>{t('watch:rules.title')}</h2>
        <ul>
          {list('watch:rules.items').map((s) => (
            <li safe>{s}</li>
          ))}
        </ul>
        <p class="muted">
          <code safe>{t('watch:cli')}</code>
        </p>
      </section>
      <section class="card" id="flags">
        <h2 safe>{t('watch:flags.title')}</h2>
        {flags.length === 0 ? (
          <p class="muted" safe>
            {t('watch:flags.empty')}
          </p>
        ) : (
          <>
            <p class="muted" safe>
              {t('watch:flags.total', { count: total })}
            </p>
            <div class="table-wrap">
              <table class="watch-flags">
                <thead>
                  <tr>
                    <th scope="col" safe>{t('watch:flags.number')}</th>
                    <th scope="col" safe>{t('watch:flags.score')}</th>
                    <th scope="col" safe>{t('watch:flags.lastSeen')}</th>
                    <th scope="col" safe>{t('watch:flags.alerts')}</th>
                    <th scope="col" safe>{t('watch:flags.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {flags.map((f) => (
                    <tr>
                      <td>
                        <a href={`/check?number=${encodeURIComponent(f.number)}`} safe>
                          {f.number}
                        </a>
                        {isSpoof(f) ? (
                          <span class="badge warn" safe>
                            {t('watch:flags.official')}
                          </span>
                        ) : (
                          ''
                        )}
                      </td>
                      <td>
                        <span class="badge danger" safe>
                          {f.score.toFixed(2)}
                        </span>
                      </td>
                      <td>
                        <time datetime={f.lastTs} safe>
                          {f.lastTs.slice(0, 16).replace('T', ' ')}
                        </time>
                      </td>
                      <td safe>{String(f.alerts)}</td>
                      <td>
                        <ul class="reasons">
                          {f.reasons.map((r) => (
                            <li safe>{watchReasonText(t, r)}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </Layout>
  );
}
