// The home page: what saqbol is and its three areas.
import type { Translator } from '../../i18n/index.js';
import { Layout } from './layout.js';

export function HomePage({ tr }: { tr: Translator }): JSX.Element {
  const { t, list } = tr;
  const areas = [
    { key: 'check', href: '/check' },
    { key: 'watch', href: '/watch' },
    { key: 'campaign', href: '/campaign' },
  ];
  return (
    <Layout tr={tr} title={t('home:title')} path="/">
      <section class="hero">
        <h1 safe>{t('home:title')}</h1>
        <p class="lead" safe>
          {t('home:lead')}
        </p>
      </section>
      <section class="areas">
        {areas.map((a) => (
          <article class={`card area-${a.key}`}>
            <h2 safe>{t(`home:${a.key}.title`)}</h2>
            <p safe>{t(`home:${a.key}.body`)}</p>
            <a class="button" href={a.href} safe>
              {t(`home:${a.key}.cta`)}
            </a>
          </article>
        ))}
      </section>
      <section class="scheme">
        <h2 safe>{t('home:scheme.title')}</h2>
        <ol>
          {list('home:scheme.steps').map((s) => (
            <li safe>{s}</li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
