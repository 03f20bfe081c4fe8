// The form an admin issues a directive with: alert, recipients, deadline (Asia/Almaty), platforms, instructions.
import { PLATFORMS } from '../../../campaign/platform.js';
import type { Translator } from '../../../i18n/index.js';
import type { StoredAlert } from '../../../store/alerts.js';
import { Layout } from '../layout.js';
import type { ViewUser } from './common.js';
import { CampaignNav, Csrf, Flash, platformLabel } from './common.js';

export interface DirectiveFormValues {
  alertId: number | undefined;
  title: string;
  districts: string[];
  types: string[];
  deadline: string;
  platforms: string[];
  instructions: string;
}

export function DirectiveFormPage(p: {
  tr: Translator;
  csrf: string;
  user: ViewUser;
  alerts: StoredAlert[];
  districts: string[];
  types: { code: string; label: string; count: number }[];
  values: DirectiveFormValues;
  error?: string | undefined;
}): JSX.Element {
  const { t } = p.tr;
  const v = p.values;
  return (
    <Layout tr={p.tr} title={t('campaign:directive.new')} path="/campaign/directives/new" csrf={p.csrf} user={{ name: p.user.username }}>
      <CampaignNav tr={p.tr} current="dashboard" />
      <h1 safe>{t('campaign:directive.new')}</h1>
      <Flash text={p.error} error />
      <form method="post" action="/campaign/directives" class="card">
        <Csrf token={p.csrf} />
        <label for="alertId" safe>
          {t('campaign:directive.alert')}
        </label>
        <select id="alertId" name="alertId" required>
          {p.alerts.map((a) => (
            <option value={String(a.id)} selected={a.id === v.alertId} safe>
              {`${a.content.kk.title} / ${a.content.ru.title}`}
            </option>
          ))}
        </select>
        <label for="title" safe>
          {t('campaign:directive.title')}
        </label>
        <input type="text" id="title" name="title" required maxlength="300" value={v.title} />
        <fieldset>
          <legend safe>{t('campaign:directive.districts')}</legend>
          <p class="muted" safe>
            {t('campaign:directive.allHint')}
          </p>
          {p.districts.map((d) => (
            <label class="check">
              <input type="checkbox" name="districts" value={d} checked={v.districts.includes(d)} /> <span safe>{d}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend safe>{t('campaign:directive.types')}</legend>
          {p.types.map((ty) => (
            <label class="check">
              <input type="checkbox" name="types" value={ty.code} checked={v.types.includes(ty.code)} /> <span safe>{`${ty.label} (${ty.count})`}</span>
            </label>
          ))}
        </fieldset>
        <label for="deadline" safe>
          {t('campaign:directive.deadlineLocal')}
        </label>
        <input type="datetime-local" id="deadline" name="deadline" required value={v.deadline} />
        <fieldset>
          <legend safe>{t('campaign:directive.platforms')}</legend>
          {PLATFORMS.filter((x) => x !== 'other').map((pl) => (
            <label class="check">
              <input type="checkbox" name="platforms" value={pl} checked={v.platforms.includes(pl)} /> <span safe>{platformLabel(p.tr, pl)}</span>
            </label>
          ))}
        </fieldset>
        <label for="instructions" safe>
          {t('campaign:directive.instructions')}
        </label>
        <textarea id="instructions" name="instructions" maxlength="5000" safe>
          {v.instructions}
        </textarea>
        <p>
          <button type="submit" safe>
            {t('campaign:directive.issue')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
