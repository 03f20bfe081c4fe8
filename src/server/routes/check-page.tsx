// The citizen Check pages: GET/POST /check (a message), GET /check/number (a number), POST /check/report
// (a report from the page, rate-limited like the API), GET /check/r (a shared result without the text).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MAX_MESSAGE, checkMessage, explainShared, parseShared, shareQuery } from '../../check/check-message.js';
import { lookupNumber } from '../../check/number-lookup.js';
import { registryFor } from '../../check/registry-instance.js';
import { REPORT_LIMITS } from '../../check/report-input.js';
import { SaqbolError } from '../../errors.js';
import { reportedStats } from '../../store/reports.js';
import { formToken, verifyCsrf } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { NumberCard } from '../views/check/number-card.js';
import { CheckPage } from '../views/check/page.js';
import type { CheckPageProps } from '../views/check/page.js';
import { ReportForm, ReportOutcome } from '../views/check/report-form.js';
import { ResultView } from '../views/check/result.js';
import { SharedPage } from '../views/check/shared.js';
import { ChannelSchema, REPORT_BODY_LIMIT, REPORT_RATE, installReportGuards, submitReport } from './reports.js';

const CheckBody = Type.Object({
  // generous here so an over-long message gets the clear text_too_long answer below
  text: Type.String({ maxLength: 200_000 }),
  sender: Type.Optional(Type.String({ maxLength: 64 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

const ReportFormBody = Type.Object({
  number: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.number })),
  text: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.text })),
  channel: ChannelSchema,
  note: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.note })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

const isHtmx = (req: FastifyRequest): boolean => req.headers['hx-request'] === 'true';

async function page(reply: FastifyReply, props: CheckPageProps, status = 200): Promise<FastifyReply> {
  return reply.status(status).type('text/html; charset=utf-8').send(await CheckPage(props));
}

export function checkPageRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    await installReportGuards(fastify);
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const dataDir = ctx.config.dataDir;

    app.get('/check', { schema: { hide: true } }, async (req, reply) => page(reply, { tr: req.tr, csrf: formToken(req, reply) }));

    app.post('/check', { schema: { hide: true, body: CheckBody } }, async (req, reply) => {
      const text = req.body.text;
      const sender = req.body.sender?.trim() ? req.body.sender.trim() : undefined;
      const csrf = formToken(req, reply);
      if (text.length > MAX_MESSAGE) throw new SaqbolError('text_too_long', { length: text.length, limit: MAX_MESSAGE });
      if (text.trim() === '') return page(reply, { tr: req.tr, csrf, sender, error: req.tr.t('check:form.empty') });
      const { result, claimed } = checkMessage(dataDir, { text, sender }, req.lang);
      // a server started on port 0 (tests) only knows its address from the request
      const base = ctx.config.publicUrl.endsWith(':0') ? `${req.protocol}://${req.host}` : ctx.config.publicUrl;
      const shareUrl = `${base}/check/r?${shareQuery({
        verdict: result.verdict,
        reasons: [...new Set(result.reasons.map((r) => r.code))],
        advice: result.advice.map((a) => a.id),
        orgs: claimed.map((o) => o.id),
      })}`;
      const suspectNumber = result.numbers.find((n) => n.officialFor.length === 0)?.display;
      // numbers in the message that moderators already confirmed as reported
      const reported = new Set<string>();
      for (const key of new Set(result.numbers.map((n) => n.key))) {
        if ((await reportedStats(ctx.store.db, key)).reports > 0) reported.add(key);
      }
      const view = (
        <>
          <ResultView tr={req.tr} text={text} result={result} claimed={claimed} shareUrl={shareUrl} reported={reported} />
          {result.verdict === 'no_signs' ? (
            ''
          ) : (
            <section class="card report-from-result">
              <h3 safe>{req.tr.t('check:report.fromResult')}</h3>
              <ReportForm tr={req.tr} csrf={csrf} number={suspectNumber} text={text} id="report-result" />
            </section>
          )}
        </>
      );
      return page(reply, { tr: req.tr, csrf, text, sender, result: view });
    });

    app.get(
      '/check/number',
      { schema: { hide: true, querystring: Type.Object({ n: Type.String({ maxLength: 40 }) }) } },
      async (req, reply) => {
        const csrf = formToken(req, reply);
        const lookup = await lookupNumber({ db: ctx.store.db, registry: registryFor(dataDir) }, req.query.n);
        const numberResult = lookup ? (
          <NumberCard tr={req.tr} lookup={lookup} />
        ) : (
          <p class="flash err" role="alert" safe>
            {req.tr.t('check:number.invalid', { input: req.query.n })}
          </p>
        );
        return page(reply, { tr: req.tr, csrf, numberInput: req.query.n, numberResult, path: `/check/number?n=${encodeURIComponent(req.query.n)}` });
      },
    );

    app.post(
      '/check/report',
      {
        bodyLimit: REPORT_BODY_LIMIT,
        preHandler: verifyCsrf,
        config: { rateLimit: { ...REPORT_RATE, keyGenerator: (req) => `report-form|${req.ip}` } },
        schema: { hide: true, body: ReportFormBody },
      },
      async (req, reply) => {
        const csrf = formToken(req, reply);
        let outcome: JSX.Element;
        let status = 200;
        try {
          const { duplicate } = await submitReport(ctx, req.body);
          outcome = <ReportOutcome tr={req.tr} duplicate={duplicate} />;
        } catch (err) {
          if (!(err instanceof SaqbolError) || err.status !== 400) throw err;
          const message = err.code === 'invalid_phone' ? req.tr.t('check:number.invalid', { input: req.body.number ?? '' }) : req.tr.t('check:report.needOne');
          outcome = <ReportOutcome tr={req.tr} error={message} />;
          status = 400;
        }
        if (isHtmx(req)) return reply.type('text/html; charset=utf-8').send(await outcome);
        return page(reply, { tr: req.tr, csrf, reportOutcome: outcome }, status);
      },
    );

    app.get(
      '/check/r',
      {
        schema: {
          hide: true,
          querystring: Type.Object({
            v: Type.Optional(Type.String({ maxLength: 20 })),
            r: Type.Optional(Type.String({ maxLength: 2000 })),
            a: Type.Optional(Type.String({ maxLength: 2000 })),
            o: Type.Optional(Type.String({ maxLength: 500 })),
          }),
        },
      },
      async (req, reply) => {
        const shared = parseShared(dataDir, req.query);
        const path = `/check/r?${shared ? shareQuery(shared) : ''}`;
        const html = await SharedPage({ tr: req.tr, path, shared: shared ? explainShared(dataDir, shared, req.lang) : null });
        return reply.status(shared ? 200 : 400).type('text/html; charset=utf-8').send(html);
      },
    );
  };
}
