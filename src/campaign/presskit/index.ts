// The press kit: build it from an alert, export it as DOCX, print its A4 poster.
import type { Alert } from '../alert.js';
import { buildPressKitWith } from './build.js';
import { loadPressKitTemplates } from './load-templates.js';
import type { PressKit, PressKitOptions } from './types.js';

export { pressKitDocx } from './docx.js';
export { posterHtml } from './poster.js';
export { LIMITS, platformLength, xLength } from './length.js';
export { HOTLINE_WINDOW, buildPressKitWith, hotlinesEarly } from './build.js';
export { loadPressKitTemplates } from './load-templates.js';
export type * from './types.js';

/** Builds the press kit from the reviewed templates in data/presskit (or `opts.templates`). */
export function buildPressKit(alert: Alert, opts: PressKitOptions): PressKit {
  return buildPressKitWith(opts.templates ?? loadPressKitTemplates(), alert, opts);
}
