// Test stores: SQLite always, PostgreSQL too when DATABASE_URL is set (each test file in a schema of its own).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openStore } from '../../src/store/db.js';
import type { Store } from '../../src/store/db.js';

export interface StoreCase {
  kind: 'sqlite' | 'postgres';
  open: () => Promise<Store>;
}

const schemas: string[] = [];

export function storeCases(): StoreCase[] {
  const cases: StoreCase[] = [
    {
      kind: 'sqlite',
      open: async () => {
        const s = await openStore({ sqlitePath: ':memory:' });
        await migrate(s);
        return s;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    cases.push({
      kind: 'postgres',
      open: async () => {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        const s = await openStore({ databaseUrl: url, pgSchema: schema });
        await migrate(s);
        return s;
      },
    });
  }
  return cases;
}

/** Drops the PostgreSQL schemas this test file created. */
export async function dropTestSchemas(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || schemas.length === 0) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end();
  }
}
