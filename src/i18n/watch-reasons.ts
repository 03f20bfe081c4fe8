// A Watch flag's reasons as people read them: each reason's label in the reader's language, and its value.
import type { Reason } from '../watch/alert.js';
import type { Translator } from './index.js';

export function watchReasonText(t: Translator['t'], r: Reason): string {
  return `${t(`watch:reason.${r.code}`)}: ${r.value}`;
}
