// Number extraction runs on every analyzed message. Ours (a character pre-scan, libphonenumber only on
// candidate runs) against libphonenumber's own findPhoneNumbersInText over the same messages, in one run.
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { extractNumbers } from '../src/phones/extract.js';
import type { Bench } from './harness.js';
import { rate } from './harness.js';

const MESSAGES = [
  'Ваша карта заблокирована. Срочно перезвоните по номеру +7 (701) 555-12-34.',
  'Kaspi.kz: код 4821 для входа. Никому не сообщайте код.',
  'Сіздің сәлемдемеңіз жеткізілмеді. 8 707 555 44 33 нөміріне қоңырау шалыңыз.',
  'Оплата 50 000 тг прошла 12.05.2024 в 10:30, карта *1234. Баланс 1 250 000 тг.',
  'Your parcel could not be delivered. Call us back on +44 20 7946 0958 or 8.701.555.00.11.',
  'Мама, я с чужого телефона, скинь 20 000 на этот номер 87015550022, потом объясню',
  'Уважаемый абонент! Замена домофона 15.11. Для записи позвоните 8 7O7 555 12 12 до 18:00.',
  'Встреча завтра в 15:00, адрес Абая 150, кв. 12. Возьми с собой документы.',
];

const bench: Bench = {
  name: 'phones',
  async run() {
    // both find the same real numbers (libphonenumber misses the obfuscated one); the figure is speed
    const batch = MESSAGES.length * 50;
    const loop = (f: (t: string) => unknown) => () => {
      for (let i = 0; i < 50; i++) for (const m of MESSAGES) f(m);
    };
    const baseline = await rate(loop((t) => findPhoneNumbersInText(t, 'KZ')), batch);
    const ours = await rate(loop((t) => extractNumbers(t)), batch);
    // every message with a number never seen before: the parse cache does not help here
    let serial = 1_000_000;
    const fresh = await rate(() => {
      for (let i = 0; i < 200; i++) extractNumbers(`Срочно перезвоните по номеру 8 701 ${String(serial++).slice(0, 3)} ${String(serial).slice(3, 5)} ${String(serial).slice(5, 7)}`);
    }, 200);
    const freshBase = await rate(() => {
      for (let i = 0; i < 200; i++) findPhoneNumbersInText(`Срочно перезвоните по номеру 8 701 ${String(serial++).slice(0, 3)} ${String(serial).slice(3, 5)} ${String(serial).slice(5, 7)}`, 'KZ');
    }, 200);
    // Kazakh landlines of every area (71x/72x, whose class depends on five digits), none seen before
    const landline = (i: number): string => `Справки по тел. 8 7${1 + (i % 2)}${String((i * 7919) % 1000).padStart(3, '0')} ${String((i * 104_729) % 100_000).padStart(5, '0')}`;
    let line = 0;
    const landlines = await rate(() => {
      for (let i = 0; i < 200; i++) extractNumbers(landline(line++));
    }, 200);
    const landlinesBase = await rate(() => {
      for (let i = 0; i < 200; i++) findPhoneNumbersInText(landline(line++), 'KZ');
    }, 200);
    const plain = 'Встреча завтра у входа, возьми документы и зонт, будет дождь. '.repeat(4);
    const noDigits = await rate(() => {
      for (let i = 0; i < batch; i++) extractNumbers(plain);
    }, batch);
    const base = { name: 'libphonenumber findPhoneNumbersInText', value: baseline };
    return [
      { name: 'phones.extract', value: ours, unit: 'msg/s', baseline: base },
      { name: 'phones.extract-no-digits', value: noDigits, unit: 'msg/s', baseline: base },
      { name: 'phones.extract-fresh-numbers', value: fresh, unit: 'msg/s', baseline: { name: 'libphonenumber on the same', value: freshBase } },
      { name: 'phones.extract-fresh-landlines', value: landlines, unit: 'msg/s', baseline: { name: 'libphonenumber on the same', value: landlinesBase } },
    ];
  },
};
export default bench;
