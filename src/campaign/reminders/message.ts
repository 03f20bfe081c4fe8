// The reminder e-mail: Kazakh first, then Russian, each with the institution's own assignment link.
import { formatLocal } from '../deadline.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface ReminderFacts {
  institution: { kk: string; ru: string };
  directiveTitle: string;
  /** UTC ISO. */
  deadline: string;
  /** The institution's secret link to its assignment. */
  link: string;
  daysBefore: number;
}

export interface ReminderMessage {
  subject: string;
  text: string;
}

function part(t: Translate, name: string, f: ReminderFacts): string {
  const deadline = formatLocal(f.deadline);
  return [
    t('reminders:email.greeting', { institution: name }),
    t('reminders:email.body', { title: f.directiveTitle, deadline }),
    f.daysBefore === 0 ? t('reminders:email.dayOf', { deadline }) : t('reminders:email.daysLeft', { days: f.daysBefore, deadline }),
    `${t('reminders:email.link')}\n${f.link}`,
    t('reminders:email.footer'),
  ].join('\n\n');
}

export function composeReminder(t: { kk: Translate; ru: Translate }, f: ReminderFacts): ReminderMessage {
  const deadline = formatLocal(f.deadline);
  const subject = `${t.kk('reminders:email.subject', { title: f.directiveTitle, deadline })} / ${t.ru('reminders:email.subject', { title: f.directiveTitle, deadline })}`;
  return { subject, text: `${part(t.kk, f.institution.kk, f)}\n\n— — —\n\n${part(t.ru, f.institution.ru, f)}\n` };
}
