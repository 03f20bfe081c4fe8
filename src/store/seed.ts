// Seeds the demo alert (the letter's scheme) and demo institutions, once per database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from './db.js';
import { getSetting, setSetting } from './settings.js';

interface DemoInstitution {
  name_kk: string;
  name_ru: string;
  type: string;
  district: string;
  director: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  socials: Record<string, string>;
}

interface DemoAlert {
  slug: string;
  content: Record<string, unknown>;
  hotlines: unknown[];
  source_url: string;
}

export interface SeedResult {
  seeded: boolean;
  institutions: number;
  alerts: number;
}

export async function seedDemo(store: Store, dataDir: string, now: string): Promise<SeedResult> {
  if ((await getSetting(store.db, 'demo_seeded')) !== undefined) return { seeded: false, institutions: 0, alerts: 0 };
  const inst = JSON.parse(readFileSync(join(dataDir, 'demo/institutions.json'), 'utf8')) as { institutions: DemoInstitution[] };
  const alert = JSON.parse(readFileSync(join(dataDir, 'demo/alert.json'), 'utf8')) as DemoAlert;
  await store.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('institutions')
      .values(inst.institutions.map((i) => ({ ...i, socials: JSON.stringify(i.socials), created_at: now, updated_at: now })))
      .execute();
    await tx
      .insertInto('alerts')
      .values({
        slug: alert.slug,
        content: JSON.stringify(alert.content),
        hotlines: JSON.stringify(alert.hotlines),
        source_url: alert.source_url,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setSetting(tx, 'demo_seeded', now, now);
  });
  return { seeded: true, institutions: inst.institutions.length, alerts: 1 };
}
