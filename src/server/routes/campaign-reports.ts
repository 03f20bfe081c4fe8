// The consolidated report of a directive for the authority: XLSX, the KK/RU DOCX cover letter, CSV and PDF.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { htmlToPdf, reportCsv, reportDocx, reportHtml, reportXlsx } from '../../campaign/report/index.js';
import type { ReportData, ReportRow } from '../../campaign/report/index.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { getAlert } from '../../store/alerts.js';
import { getDirective } from '../../store/directives.js';
import { latestEvidence } from '../../store/evidence.js';
import type { Directive } from '../../store/directives.js';
import { requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { directiveFacts, parseId } from './campaign-shared.js';

const FORMATS = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;
type Format = keyof typeof FORMATS;

/** The report's input for one directive: one row per live publication, institutions in dashboard order. */
export async function directiveReport(ctx: AppContext, d: Directive): Promise<ReportData> {
  const alert = await getAlert(ctx.store.db, d.alertId);
  const facts = await directiveFacts(ctx, d);
  const live = facts.assignments.flatMap((a) => a.publications.filter((p) => !p.withdrawnAt).map((p) => p.id));
  const evidence = await latestEvidence(ctx.store.db, live);
  const rows: ReportRow[] = [];
  for (const a of facts.assignments) {
    for (const p of a.publications) {
      if (p.withdrawnAt) continue;
      const ev = evidence.get(p.id);
      rows.push({
        n: rows.length + 1,
        institution: { kk: a.row.institutionKk, ru: a.row.institutionRu },
        district: a.row.district,
        platform: p.platform,
        url: p.url,
        lang: p.lang,
        submittedAt: p.submittedAt,
        late: p.late,
        status: p.verifyStatus,
        // The last archived check is the proof: its hash and time, whatever its verdict.
        evidenceSha256: ev?.bodySha256 ?? null,
        checkedAt: ev?.checkedAt ?? p.verifiedAt,
      });
    }
  }
  return {
    directive: {
      title: alert ? { kk: alert.content.kk.title, ru: alert.content.ru.title } : { kk: d.title, ru: d.title },
      deadline: d.deadline,
      issuedAt: d.createdAt,
    },
    generatedAt: nowIso(ctx.clock),
    rows,
  };
}

export function campaignReportRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get(
      '/campaign/directives/:id/report.:format',
      {
        schema: {
          hide: true,
          params: Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }), format: Type.Union((Object.keys(FORMATS) as Format[]).map((f) => Type.Literal(f))) }),
        },
        preValidation: requireUser(),
      },
      async (req, reply) => {
        const d = await getDirective(ctx.store.db, parseId(req.params.id, 'directive'));
        if (!d) throw new SaqbolError('not_found', { what: 'directive' });
        const data = await directiveReport(ctx, d);
        const format = req.params.format;
        const lang = req.lang;
        let body: Buffer | string;
        if (format === 'xlsx') body = await reportXlsx(data, { lang });
        else if (format === 'docx') body = await reportDocx(data);
        else if (format === 'csv') body = reportCsv(data, { lang });
        else {
          try {
            body = await htmlToPdf(reportHtml(data, lang), { landscape: true });
          } catch (err) {
            throw new SaqbolError('unavailable', { detail: 'PDF printing (Chromium) failed' }, { cause: err });
          }
        }
        const day = data.generatedAt.slice(0, 10);
        return reply
          .type(FORMATS[format])
          .header('content-disposition', `attachment; filename="saqbol-report-${d.id}-${day}.${format}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  };
}
