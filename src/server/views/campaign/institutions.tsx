// Institutions: the list, and the create/edit form.
import type { FieldProblem, TypeLabels } from '../../../campaign/institution.js';
import type { Translator } from '../../../i18n/index.js';
import type { Institution } from '../../../store/institutions.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Csrf, Flash, platformLabel, typeLabel } from './common.js';

export function InstitutionsPage(p: { tr: Translator; csrf: string; user: ViewUser; items: Institution[]; types: TypeLabels; flash?: string | undefined }): JSX.Element {
  const { t } = p.tr;
  const admin = p.user.role === 'admin';
  return (
    <Layout tr={p.tr} title={t('campaign:institutions.title')} path="/campaign/institutions" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="institutions" />
      <h1 safe>{t('campaign:institutions.title')}</h1>
      <Flash text={p.flash} />
      {admin ? (
        <p class="actions">
          <a class="button" href="/campaign/institutions/new" safe>
            {t('campaign:institutions.new')}
          </a>{' '}
          <a class="button secondary" href="/campaign/institutions/import" safe>
            {t('campaign:import.title')}
          </a>
        </p>
      ) : (
        ''
      )}
      <p class="muted" safe>
        {t('campaign:institutions.count', { n: p.items.length })}
      </p>
      <div class="table-wrap">
        <table class="institutions">
          <thead>
            <tr>
              <th safe>{t('campaign:institution.name')}</th>
              <th safe>{t('campaign:institution.type')}</th>
              <th safe>{t('campaign:institution.district')}</th>
              <th safe>{t('campaign:institution.contacts')}</th>
              {admin ? <th></th> : ''}
            </tr>
          </thead>
          <tbody>
            {p.items.map((i) => (
              <tr>
                <td>
                  <span lang="kk" safe>
                    {i.nameKk}
                  </span>
                  <br />
                  <span lang="ru" class="muted" safe>
                    {i.nameRu}
                  </span>
                </td>
                <td safe>{typeLabel(p.types, p.tr, i.type)}</td>
                <td safe>{i.district}</td>
                <td>
                  {i.director ? <div safe>{i.director}</div> : ''}
                  {i.email ? <div safe>{i.email}</div> : ''}
                  {i.phone ? <div safe>{i.phone}</div> : ''}
                  {i.website ? (
                    <div>
                      <a href={i.website} rel="noopener noreferrer" safe>
                        {i.website}
                      </a>
                    </div>
                  ) : (
                    ''
                  )}
                  {Object.entries(i.socials).map(([k, url]) => (
                    <div>
                      <a href={url} rel="noopener noreferrer" safe>
                        {platformLabel(p.tr, k.replace(/_\d+$/, ''))}
                      </a>
                    </div>
                  ))}
                </td>
                {admin ? (
                  <td>
                    <a href={`/campaign/institutions/${i.id}/edit`} safe>
                      {t('campaign:institutions.edit')}
                    </a>
                  </td>
                ) : (
                  ''
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export type InstitutionFormValues = Record<'name_kk' | 'name_ru' | 'type' | 'district' | 'director' | 'email' | 'phone' | 'website' | 'socials', string>;

export function InstitutionFormPage(p: {
  tr: Translator;
  csrf: string;
  user: ViewUser;
  id: number | undefined;
  values: InstitutionFormValues;
  types: TypeLabels;
  problems: FieldProblem[];
}): JSX.Element {
  const { t } = p.tr;
  const action = p.id === undefined ? '/campaign/institutions' : `/campaign/institutions/${p.id}`;
  const title = p.id === undefined ? t('campaign:institutions.new') : t('campaign:institutions.edit');
  const problem = (f: string): JSX.Element => {
    const pr = p.problems.find((x) => x.field === f);
    return pr ? (
      <p class="field-error" id={`${f}-error`} safe>
        {t(`campaign:problem.${pr.reason}`)}
      </p>
    ) : (
      <></>
    );
  };
  const field = (f: keyof InstitutionFormValues, type: string, required = false): JSX.Element => (
    <>
      <label for={f} safe>
        {t(`campaign:institution.${f}`)}
      </label>
      <input type={type} id={f} name={f} value={p.values[f]} required={required} aria-invalid={p.problems.some((x) => x.field === f) ? 'true' : 'false'} />
      {problem(f)}
    </>
  );
  return (
    <Layout tr={p.tr} title={title} path={p.id === undefined ? '/campaign/institutions/new' : `/campaign/institutions/${p.id}/edit`} csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="institutions" />
      <h1 safe>{title}</h1>
      <Flash text={p.problems.length > 0 ? t('campaign:institutions.fix') : undefined} error />
      <form method="post" action={action} class="card">
        <Csrf token={p.csrf} />
        {field('name_kk', 'text', true)}
        {field('name_ru', 'text', true)}
        <label for="type" safe>
          {t('campaign:institution.type')}
        </label>
        <select id="type" name="type" required>
          {Object.entries(p.types).map(([code, l]) => (
            <option value={code} selected={p.values.type === code} safe>
              {l[p.tr.lang]}
            </option>
          ))}
        </select>
        {problem('type')}
        {field('district', 'text', true)}
        {field('director', 'text')}
        {field('email', 'email')}
        {field('phone', 'tel')}
        {field('website', 'text')}
        <label for="socials" safe>
          {t('campaign:institution.socials')}
        </label>
        <textarea id="socials" name="socials" class="short" safe>
          {p.values.socials}
        </textarea>
        <p class="muted" safe>
          {t('campaign:institution.socialsHint')}
        </p>
        {problem('socials')}
        <p>
          <button type="submit" safe>
            {t('campaign:save')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
