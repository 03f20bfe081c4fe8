// A deadline countdown: rendered on the server, kept current in the browser by campaign.js.
import type { TimeLeft } from '../../../campaign/deadline.js';
import type { Translator } from '../../../i18n/index.js';

export function countdownText(tr: Translator, left: TimeLeft): string {
  const span = tr.t('campaign:deadline.span', { d: left.days, h: left.hours, m: left.minutes });
  return left.overdue ? tr.t('campaign:deadline.overdue', { span }) : tr.t('campaign:deadline.left', { span });
}

export function Countdown({ tr, deadline, left }: { tr: Translator; deadline: string; left: TimeLeft }): JSX.Element {
  return (
    <span
      class={left.overdue ? 'countdown badge warn' : 'countdown badge'}
      data-deadline={deadline}
      data-left={tr.t('campaign:deadline.left', { span: '{span}' })}
      data-overdue={tr.t('campaign:deadline.overdue', { span: '{span}' })}
      data-span={tr.t('campaign:deadline.span', { d: '{d}', h: '{h}', m: '{m}' })}
      safe
    >
      {countdownText(tr, left)}
    </span>
  );
}
