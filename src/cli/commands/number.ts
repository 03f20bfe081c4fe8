// `saqbol number "<num>"`: what the registry, approved citizen reports and Watch know of a number.
import type { Command } from 'commander';
import type { NumberLookup } from '../../check/number-lookup.js';
import { loadConfig } from '../../config.js';
import { SaqbolError } from '../../errors.js';
import { isLang, translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import { watchReasonText } from '../../i18n/watch-reasons.js';

/** The lookup as plain lines in one language. */
export function formatLookup(r: NumberLookup, lang: Lang): string {
  const { t } = translator(lang);
  const day = (iso: string | null): string => (iso ?? '').slice(0, 10);
  const n = r.normalized;
  const lines = [`${n.display} (${t(`check:number.kind.${n.kind}`)}${n.country ? `, ${n.country}` : ''})`];
  if (r.official.length === 0) lines.push(t('check:number.notOfficial'));
  for (const o of r.official) lines.push(t('check:cli.official', { org: o.org.names[lang], source: o.phone.source }));
  lines.push(
    r.reports.reported
      ? t('check:number.reported', { reports: r.reports.reports, times: r.reports.times, first: day(r.reports.first), last: day(r.reports.last) })
      : t('check:number.notReported'),
  );
  if (r.watch.length === 0) lines.push(t('check:number.notFlagged'));
  for (const f of r.watch) lines.push(`${t('check:number.flagged', { score: f.score.toFixed(2), alerts: f.alerts })}: ${f.reasons.map((x) => watchReasonText(t, x)).join('; ')}`);
  return `${lines.join('\n')}\n`;
}

export function numberCommand(program: Command): void {
  program
    .command('number')
    .description('what the registry of official numbers, citizen reports and Watch know of a phone number')
    .argument('<number>', 'the number as written: "+7 701 123 45 67", "87011234567", "1414"…')
    .option('--json', 'print the lookup as JSON (the same shape as GET /api/numbers/:number)')
    .option('--lang <lang>', 'language of the answer: kk, ru or en', 'ru')
    .action(async (input: string, opts: { json?: boolean; lang: string }) => {
      if (!isLang(opts.lang)) throw new SaqbolError('invalid_field', { field: '--lang', detail: 'use kk, ru or en' });
      const config = loadConfig();
      // the store and registry load only for this command: the other offline tools stay light
      const { migrate, openStore } = await import('../../store/db.js');
      const { lookupNumber } = await import('../../check/number-lookup.js');
      const { registryFor } = await import('../../check/registry-instance.js');
      const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
      try {
        await migrate(store);
        const result = await lookupNumber({ db: store.db, registry: registryFor(config.dataDir) }, input);
        if (!result) throw new SaqbolError('invalid_phone', { input });
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatLookup(result, opts.lang));
      } finally {
        await store.close();
      }
    });
}
