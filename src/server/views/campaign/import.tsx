// Institution import: upload a CSV or XLSX file, see every row and every problem, then apply all or nothing.
import type { ImportPreview } from '../../../campaign/import.js';
import type { TypeLabels } from '../../../campaign/institution.js';
import type { Translator } from '../../../i18n/index.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Csrf, Flash, typeLabel } from './common.js';

export function ImportPage(p: {
  tr: Translator;
  csrf: string;
  user: ViewUser;
  types: TypeLabels;
  preview?: ImportPreview | undefined;
  /** The accepted rows, carried to the apply step (checked again there). */
  payload?: string | undefined;
  error?: string | undefined;
}): JSX.Element {
  const { t } = p.tr;
  const pv = p.preview;
  return (
    <Layout tr={p.tr} title={t('campaign:import.title')} path="/campaign/institutions/import" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="institutions" />
      <h1 safe>{t('campaign:import.title')}</h1>
      <Flash text={p.error} error />
      <form method="post" action="/campaign/institutions/import" enctype="multipart/form-data" class="card">
        <Csrf token={p.csrf} />
        <p class="muted" safe>
          {t('campaign:import.help')}
        </p>
        <label for="file" safe>
          {t('campaign:import.file')}
        </label>
        <input type="file" id="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <p>
          <button type="submit" safe>
            {t('campaign:import.preview')}
          </button>
        </p>
      </form>
      {pv ? (
        <section class="card import-preview">
          <h2 safe>{t('campaign:import.previewTitle')}</h2>
          <p safe>{t('campaign:import.summary', { ok: pv.rows.length, bad: new Set(pv.errors.map((e) => e.row)).size })}</p>
          {pv.ignored.length > 0 ? (
            <p class="muted" safe>
              {t('campaign:import.ignored', { cols: pv.ignored.join(', ') })}
            </p>
          ) : (
            ''
          )}
          {pv.errors.length > 0 ? (
            <>
              <h3 safe>{t('campaign:import.errors')}</h3>
              <table class="import-errors">
                <thead>
                  <tr>
                    <th safe>{t('campaign:import.row')}</th>
                    <th safe>{t('campaign:import.field')}</th>
                    <th safe>{t('campaign:import.reason')}</th>
                    <th safe>{t('campaign:import.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {pv.errors.map((e) => (
                    <tr data-row={String(e.row)}>
                      <td safe>{String(e.row)}</td>
                      <td safe>{e.field === 'header' ? t('campaign:import.header') : t(`campaign:institution.${e.field}`)}</td>
                      <td safe>{t(`campaign:problem.${e.reason}`)}</td>
                      <td safe>{e.field === 'header' && e.reason === 'missing_column' ? t(`campaign:institution.${e.value}`) : e.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="flash err" safe>
                {t('campaign:import.nothingApplied')}
              </p>
            </>
          ) : (
            ''
          )}
          {pv.rows.length > 0 ? (
            <table class="import-rows">
              <thead>
                <tr>
                  <th safe>{t('campaign:import.row')}</th>
                  <th safe>{t('campaign:institution.name')}</th>
                  <th safe>{t('campaign:institution.type')}</th>
                  <th safe>{t('campaign:institution.district')}</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {pv.rows.map((r) => (
                  <tr>
                    <td safe>{String(r.row)}</td>
                    <td safe>{`${r.value.nameKk} / ${r.value.nameRu}`}</td>
                    <td safe>{typeLabel(p.types, p.tr, r.value.type)}</td>
                    <td safe>{r.value.district}</td>
                    <td safe>{r.existingId === undefined ? t('campaign:import.new') : t('campaign:import.update')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            ''
          )}
          {pv.errors.length === 0 && pv.rows.length > 0 && p.payload ? (
            <form method="post" action="/campaign/institutions/import/apply">
              <Csrf token={p.csrf} />
              <input type="hidden" name="rows" value={p.payload} />
              <button type="submit" safe>
                {t('campaign:import.apply', { n: pv.rows.length })}
              </button>
            </form>
          ) : (
            ''
          )}
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
