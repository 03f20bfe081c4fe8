// Pieces every campaign page shares: the section navigation, status badges, labels for codes.
import type { Translator } from '../../../i18n/index.js';
import type { AssignmentStatus } from '../../../campaign/directive.js';

export interface ViewUser {
  username: string;
  role: 'admin' | 'viewer';
}

export function CampaignNav({ tr, current, admin = false }: { tr: Translator; current: 'dashboard' | 'institutions' | 'alerts' | 'outbox'; admin?: boolean }): JSX.Element {
  const { t } = tr;
  const items = [
    { key: 'dashboard', href: '/campaign' },
    { key: 'institutions', href: '/campaign/institutions' },
    { key: 'alerts', href: '/campaign/alerts' },
    { key: 'outbox', href: '/campaign/outbox' },
  ] as const;
  return (
    <nav class="subnav" aria-label={t('campaign:nav.label')}>
      {items.map((i) => (
        <a href={i.href} aria-current={i.key === current ? 'page' : 'false'} safe>
          {t(`campaign:nav.${i.key}`)}
        </a>
      ))}
      {admin ? (
        <a href="/users" safe>
          {t('campaign:nav.users')}
        </a>
      ) : (
        ''
      )}
    </nav>
  );
}

const STATUS_CLASS: Record<AssignmentStatus, string> = { none: 'danger', submitted: 'ok', late: 'warn' };

export function StatusBadge({ tr, status }: { tr: Translator; status: AssignmentStatus }): JSX.Element {
  return (
    <span class={`badge ${STATUS_CLASS[status]}`} data-status={status} safe>
      {tr.t(`campaign:status.${status}`)}
    </span>
  );
}

export function platformLabel(tr: Translator, platform: string): string {
  return tr.t(`campaign:platform.${platform}`, { defaultValue: platform });
}

export function langLabel(tr: Translator, lang: string | null): string {
  return tr.t(`campaign:lang.${lang ?? 'unknown'}`, { defaultValue: lang ?? '' });
}

export function typeLabel(types: Record<string, { kk: string; ru: string; en: string }>, tr: Translator, code: string): string {
  return types[code]?.[tr.lang] ?? code;
}

export { Csrf, Flash, PostButton } from '../fragments.js';
