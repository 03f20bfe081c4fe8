// The institution's form to upload a screenshot of a post that sits behind a login wall (no account:
// reached through the assignment's secret link).
import type { Translator } from '../../../i18n/index.js';
import { Layout } from '../layout.js';
import { VerifyBadge } from './check.js';
import { Csrf } from '../fragments.js';

export interface UploadPageProps {
  tr: Translator;
  csrf: string;
  token: string;
  publicationId: number;
  url: string;
  status: string;
  flash?: string | undefined;
  error?: string | undefined;
}

export function UploadPage(p: UploadPageProps): JSX.Element {
  const { t } = p.tr;
  const action = `/a/${encodeURIComponent(p.token)}/publications/${p.publicationId}/screenshot`;
  return (
    <Layout tr={p.tr} title={t('evidence:uploadPage.title')} path={action} csrf={p.csrf}>
      <p>
        <a href={`/a/${encodeURIComponent(p.token)}`} safe>
          {`← ${t('evidence:uploadPage.back')}`}
        </a>
      </p>
      <h1 safe>{t('evidence:uploadPage.title')}</h1>
      <p class="url" safe>
        {p.url}
      </p>
      <p>
        <VerifyBadge tr={p.tr} status={p.status} />
      </p>
      {p.flash ? (
        <p class="flash" role="status" safe>
          {p.flash}
        </p>
      ) : (
        ''
      )}
      {p.error ? (
        <p class="flash error" role="alert" safe>
          {p.error}
        </p>
      ) : (
        ''
      )}
      <p safe>{t('evidence:uploadPage.lead')}</p>
      <form method="post" action={action} enctype="multipart/form-data" class="card">
        <Csrf token={p.csrf} />
        <label>
          <span safe>{t('evidence:uploadPage.file')}</span>
          <input type="file" name="screenshot" accept="image/png,image/jpeg,image/webp" required />
        </label>
        <button type="submit" safe>
          {t('evidence:uploadPage.submit')}
        </button>
      </form>
    </Layout>
  );
}
