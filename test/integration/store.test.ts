// The same store tests on SQLite and (when DATABASE_URL is set) PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/paths.js';
import { migrate, migrationVersion } from '../../src/store/db.js';
import { seedDemo } from '../../src/store/seed.js';
import { getSetting, setSetting } from '../../src/store/settings.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('store on $kind', ({ kind, open }) => {
  it('migrates, and migrating again changes nothing', async () => {
    const store = await open();
    try {
      expect(store.kind).toBe(kind);
      const v = await migrationVersion(store);
      expect(v).toMatch(/^\d{4}-/);
      expect(await migrate(store)).toBe(v);
    } finally {
      await store.close();
    }
  });

  it('seeds the demo data exactly once', async () => {
    const store = await open();
    try {
      const first = await seedDemo(store, DATA_DIR, '2026-11-26T00:00:00.000Z');
      expect(first.seeded).toBe(true);
      expect(first.institutions).toBeGreaterThanOrEqual(12);
      const again = await seedDemo(store, DATA_DIR, '2026-11-27T00:00:00.000Z');
      expect(again.seeded).toBe(false);
      const n = await store.db.selectFrom('institutions').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(first.institutions);
      const alert = await store.db.selectFrom('alerts').selectAll().executeTakeFirstOrThrow();
      const content = JSON.parse(alert.content) as { kk: { title: string }; ru: { title: string } };
      expect(content.ru.title).toMatch(/звонить/);
      expect(content.kk.title.length).toBeGreaterThan(5);
    } finally {
      await store.close();
    }
  });

  it('upserts settings', async () => {
    const store = await open();
    try {
      await setSetting(store.db, 'k', 'a', '2026-01-01T00:00:00.000Z');
      await setSetting(store.db, 'k', 'b', '2026-01-02T00:00:00.000Z');
      expect(await getSetting(store.db, 'k')).toBe('b');
      expect(await getSetting(store.db, 'missing')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
