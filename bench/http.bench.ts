// The web app's own overhead per request: GET /api/health through the full app (language, cookies,
// error handling, schema serialization, database query) against a bare Fastify route in the same run.
import Fastify from 'fastify';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { migrate, openStore } from '../src/store/db.js';
import type { Bench } from './harness.js';
import { rate } from './harness.js';

const bench: Bench = {
  name: 'http',
  async run() {
    const store = await openStore({ sqlitePath: ':memory:' });
    await migrate(store);
    const app = await buildApp({ config: { ...loadConfig({}), cookieSecret: 'b'.repeat(32) }, store, logger: pino({ level: 'silent' }), clock: Date.now });
    await app.ready();
    const bare = Fastify();
    bare.get('/api/health', () => ({ status: 'ok' }));
    await bare.ready();
    const batch = 200;
    const baseline = await rate(async () => {
      for (let i = 0; i < batch; i++) await bare.inject({ url: '/api/health' });
    }, batch);
    const ours = await rate(async () => {
      for (let i = 0; i < batch; i++) await app.inject({ url: '/api/health' });
    }, batch);
    const home = await rate(async () => {
      for (let i = 0; i < batch; i++) await app.inject({ url: '/?lang=kk' });
    }, batch);
    await app.close();
    await bare.close();
    await store.close();
    const base = { name: 'bare-fastify', value: baseline };
    return [
      { name: 'http.health', value: ours, unit: 'req/s', baseline: base },
      { name: 'http.home-page', value: home, unit: 'req/s', baseline: base },
    ];
  },
};
export default bench;
