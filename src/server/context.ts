// What every route gets from the composition root: configuration, the store, a logger and a clock.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Store } from '../store/db.js';

export interface AppContext {
  config: Config;
  store: Store;
  logger: Logger;
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock: () => number;
}
