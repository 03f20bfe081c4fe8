// The ordered list of migrations. Names sort in the order they run; areas take their own ranges
// (0001–0099 core, 0100 check, 0200 watch, 0300 campaign) so parallel work never collides.
import type { PortableMigration } from './helpers.js';
import { migration as core } from './0001-core.js';

export const MIGRATIONS: Record<string, PortableMigration> = {
  '0001-core': core,
};
