// The ordered list of migrations. Names sort in the order they run; areas take their own ranges
// (0001–0099 core, 0100 check, 0200 watch, 0300 campaign) so parallel work never collides.
import type { PortableMigration } from './helpers.js';
import { migration as core } from './0001-core.js';
import { migration as reports } from './0100-reports.js';
import { migration as watch } from './0200-watch.js';
import { migration as auth } from './0002-auth.js';
import { migration as campaign } from './0300-campaign.js';
import { migration as reminders } from './0320-reminders.js';
import { migration as verify } from './0310-verify.js';

export const MIGRATIONS: Record<string, PortableMigration> = {
  '0001-core': core,
  '0100-reports': reports,
  '0200-watch': watch,
  '0002-auth': auth,
  '0300-campaign': campaign,
  '0320-reminders': reminders,
  '0310-verify': verify,
};
