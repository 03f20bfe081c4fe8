import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { composeReminder } from './message.js';

describe('composeReminder', () => {
  const t = { kk: translator('kk').t, ru: translator('ru').t };
  const facts = {
    institution: { kk: 'Облыстық балалар кітапханасы', ru: 'Областная детская библиотека' },
    directiveTitle: 'Разъяснение о мошенничестве с обратным звонком',
    deadline: '2026-12-22T13:00:00.000Z',
    link: 'https://saqbol.example/a/TOKEN_abc',
    daysBefore: 3,
  };

  it('writes Kazakh first, then Russian, each with the link and the Almaty deadline', () => {
    const m = composeReminder(t, facts);
    expect(m.subject).toBe('Еске салу: «Разъяснение о мошенничестве с обратным звонком», мерзімі — 22.12.2026 18:00 / Напоминание: «Разъяснение о мошенничестве с обратным звонком», срок — 22.12.2026 18:00');
    const kk = m.text.indexOf('Құрметті «Облыстық балалар кітапханасы» ұжымы!');
    const ru = m.text.indexOf('Уважаемые коллеги из учреждения «Областная детская библиотека»!');
    expect(kk).toBe(0);
    expect(ru).toBeGreaterThan(kk);
    expect(m.text.split('https://saqbol.example/a/TOKEN_abc')).toHaveLength(3);
    expect(m.text).toContain('Мерзімнің аяқталуына 3 күн қалды (22.12.2026 18:00).');
    expect(m.text).toContain('До окончания срока осталось дней: 3 (22.12.2026 18:00).');
  });

  it('says "today" on the deadline day', () => {
    const m = composeReminder(t, { ...facts, daysBefore: 0 });
    expect(m.text).toContain('Срок истекает сегодня: 22.12.2026 18:00.');
    expect(m.text).toContain('Мерзім бүгін аяқталады: 22.12.2026 18:00.');
  });
});
