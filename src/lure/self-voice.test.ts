import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;

describe('one person writing in their own name', () => {
  it('reads "call me" and "my number" in the three languages', () => {
    expect(codes('Если время неудобно — наберите меня 8 777 640 12 93')).toContain('self_voice');
    expect(codes('Уақыт сәйкес келмесе маған хабарлас 8 775 330 91 64')).toContain('self_voice');
    expect(codes('If that does not work for you, give me a ring on +7 705 228 47 19')).toContain('self_voice');
    expect(codes('Позвоните нам по номеру 8 777 640 12 93')).not.toContain('self_voice');
    expect(codes('Call us on +7 705 228 47 19')).not.toContain('self_voice');
  });

  it('does not flag a courier, a finder or a friend giving their own mobile', () => {
    for (const text of [
      "Hi, this is your courier from Wolt. I'm downstairs with your order, the gate is locked. Please call me on +7 778 402 19 66",
      "Hey, it's Dana. Missed your call during the meeting, call me back when you get a chance",
      'Нашёл ваш кошелёк в автобусе, там визитка с номером. Позвоните мне 8 701 455 20 36, я отдам',
      'Әмияныңызды таптым. Маған хабарласыңыз 8 701 455 20 36, қайтарып беремін',
    ]) {
      expect(verdict(text), text).toBe('no_signs');
    }
  });

  it('still flags a first-person lure that poses as a bank or names a pretext', () => {
    for (const text of [
      'Меня зовут Алия, я специалист службы безопасности Kaspi. По вашей карте подозрительная операция, позвоните мне срочно 8 771 330 48 26',
      'Your card has been blocked after a suspicious payment, call me urgently on +7 771 330 48 26',
      'Сіздің сәлемдемеңіз кеденде ұсталды, маған хабарласыңыз 8 700 812 55 19, әйтпесе қайтарылады',
    ]) {
      expect(verdict(text), text).not.toBe('no_signs');
    }
  });

  it('reads a locked gate as no account pretext, a locked account as one', () => {
    expect(codes('The gate is locked, I am downstairs')).not.toContain('pretext.account_blocked');
    expect(codes('Your account has been locked after three attempts')).toContain('pretext.account_blocked');
    expect(codes('You have a missed call from +7 705 111 22 33')).toContain('pretext.voicemail');
    expect(codes('Sorry, I missed your call')).not.toContain('pretext.voicemail');
  });
});
