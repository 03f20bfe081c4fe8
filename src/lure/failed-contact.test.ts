import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// "The courier could not contact you, call back": the delivery pretext told as a failed contact.
describe('a courier who "could not contact you"', () => {
  it('is the parcel pretext in the three languages', () => {
    expect(codes('Курьер не смог с вами связаться. Перезвоните +7 775 640 92 03')).toContain('pretext.parcel');
    expect(codes('Курьеру не удалось связаться с вами, наберите 8 775 640 92 03')).toContain('pretext.parcel');
    expect(codes('Курьер сізбен байланыса алмады. Қайта қоңырау шалыңыз +7 775 640 92 03')).toContain('pretext.parcel');
    expect(codes('The courier could not contact you. Call back +7 775 640 92 03')).toContain('pretext.parcel');
  });

  it('makes a call-back to a mobile number a danger', () => {
    expect(analyzer.analyze({ text: 'СДЭК: курьер сізбен байланыса алмады. Қайта қоңырау шалыңыз +7 775 640 92 03' }).verdict).toBe('danger');
  });

  it('is not read into a plain "we will contact you"', () => {
    expect(codes('Курьер свяжется с вами за час до доставки')).not.toContain('pretext.parcel');
  });
});
