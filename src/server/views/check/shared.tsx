// A shared result: the verdict, reasons and advice a link carries — never the message itself.
import type { ExplainedResult } from '../../../lure/explain.js';
import type { Translator } from '../../../i18n/index.js';
import type { Organization } from '../../../phones/types.js';
import { Layout } from '../layout.js';
import { Advice, Reasons, VerdictCard } from './result.js';

export function SharedPage(p: { tr: Translator; path: string; shared: { result: ExplainedResult; claimed: Organization[] } | null }): JSX.Element {
  const { t, lang } = p.tr;
  return (
    <Layout tr={p.tr} title={t('check:share.title')} path={p.path}>
      <h1 safe>{t('check:share.title')}</h1>
      {p.shared ? (
        <article class="result">
          <VerdictCard tr={p.tr} verdict={p.shared.result.verdict} />
          {p.shared.claimed.map((o) => (
            <p safe>{t('check:share.claimed', { org: o.names[lang] })}</p>
          ))}
          <Reasons tr={p.tr} result={p.shared.result} />
          <Advice tr={p.tr} result={p.shared.result} claimed={p.shared.claimed} />
        </article>
      ) : (
        <p class="flash err" role="alert" safe>
          {t('check:share.invalid')}
        </p>
      )}
      <p>
        <a class="button" href="/check" safe>
          {t('check:share.again')}
        </a>
      </p>
    </Layout>
  );
}
