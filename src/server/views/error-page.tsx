// A readable error page for browsers (the API answers problem+json instead).
import type { Translator } from '../../i18n/index.js';
import { Layout } from './layout.js';

export function ErrorPage({ tr, status, detail }: { tr: Translator; status: number; detail: string }): JSX.Element {
  const { t } = tr;
  const title = status === 404 ? t('error.notFound') : t('error.title');
  return (
    <Layout tr={tr} title={title} path="/">
      <section class="card error">
        <h1 safe>{`${status} — ${title}`}</h1>
        <p safe>{detail}</p>
        <a class="button" href="/" safe>
          {t('error.back')}
        </a>
      </section>
    </Layout>
  );
}
