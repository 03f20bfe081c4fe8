// Institutions: list, create, edit, and import from CSV or XLSX (preview first, then all rows or none).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { parseCsv, previewImport } from '../../campaign/import.js';
import type { ImportPreview } from '../../campaign/import.js';
import { xlsxRows } from '../../campaign/import-xlsx.js';
import type { FieldProblem, InstitutionInput } from '../../campaign/institution.js';
import { validateInstitution } from '../../campaign/institution.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import type { Institution } from '../../store/institutions.js';
import { applyInstitutionImport, createInstitution, getInstitution, listInstitutions, updateInstitution } from '../../store/institutions.js';
import { formToken, requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { ImportPage } from '../views/campaign/import.js';
import type { InstitutionFormValues } from '../views/campaign/institutions.js';
import { InstitutionFormPage, InstitutionsPage } from '../views/campaign/institutions.js';
import { campaignData, parseId, sendPage, viewUser } from './campaign-shared.js';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) });
const InstitutionBody = Type.Object({
  name_kk: Type.String({ maxLength: 1000 }),
  name_ru: Type.String({ maxLength: 1000 }),
  type: Type.String({ maxLength: 200 }),
  district: Type.String({ maxLength: 500 }),
  director: Type.Optional(Type.String({ maxLength: 500 })),
  email: Type.Optional(Type.String({ maxLength: 500 })),
  phone: Type.Optional(Type.String({ maxLength: 100 })),
  website: Type.Optional(Type.String({ maxLength: 2000 })),
  socials: Type.Optional(Type.String({ maxLength: 5000 })),
  _csrf: Type.Optional(Type.String()),
});
const ApplyBody = Type.Object({ rows: Type.String({ maxLength: 900_000 }), _csrf: Type.Optional(Type.String()) });

function formValues(i: Institution | undefined): InstitutionFormValues {
  return {
    name_kk: i?.nameKk ?? '',
    name_ru: i?.nameRu ?? '',
    type: i?.type ?? 'library',
    district: i?.district ?? '',
    director: i?.director ?? '',
    email: i?.email ?? '',
    phone: i?.phone ?? '',
    website: i?.website ?? '',
    socials: Object.values(i?.socials ?? {}).join('\n'),
  };
}

/** Import rows as text fields, the same shape an upload gives, so the apply step validates them again. */
function toTable(values: InstitutionInput[]): string[][] {
  const header = ['name_kk', 'name_ru', 'type', 'district', 'director', 'email', 'phone', 'website', 'socials'];
  return [header, ...values.map((v) => [v.nameKk, v.nameRu, v.type, v.district, v.director ?? '', v.email ?? '', v.phone ?? '', v.website ?? '', Object.values(v.socials).join(' ')])];
}

export function institutionRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    await fastify.register(multipart, { attachFieldsToBody: true, limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 12 } });
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const viewer = requireUser();
    const admin = requireUser('admin');

    app.get('/campaign/institutions', { schema: { hide: true }, preValidation: viewer }, async (req, reply) => {
      const { types } = campaignData();
      return sendPage(reply, InstitutionsPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), items: await listInstitutions(ctx.store.db), types }));
    });

    const form = (req: FastifyRequest, reply: FastifyReply, id: number | undefined, values: InstitutionFormValues, problems: FieldProblem[]) =>
      sendPage(reply, InstitutionFormPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), id, values, types: campaignData().types, problems }), problems.length ? 400 : 200);

    app.get('/campaign/institutions/new', { schema: { hide: true }, preValidation: admin }, async (req, reply) => form(req, reply, undefined, formValues(undefined), []));

    app.get('/campaign/institutions/:id/edit', { schema: { hide: true, params: IdParams }, preValidation: admin }, async (req, reply) => {
      const id = parseId(req.params.id, 'institution');
      const inst = await getInstitution(ctx.store.db, id);
      if (!inst) throw new SaqbolError('not_found', { what: 'institution' });
      return form(req, reply, id, formValues(inst), []);
    });

    const save = async (req: FastifyRequest, reply: FastifyReply, id: number | undefined, body: Record<string, string | undefined>) => {
      const { _csrf: _ignored, ...fields } = body;
      const v = validateInstitution(fields, campaignData().types);
      if (!v.ok) return form(req, reply, id, { ...formValues(undefined), ...fields }, v.problems);
      const now = nowIso(ctx.clock);
      if (id === undefined) await createInstitution(ctx.store.db, v.value, now);
      else if (!(await updateInstitution(ctx.store.db, id, v.value, now))) throw new SaqbolError('not_found', { what: 'institution' });
      return reply.redirect('/campaign/institutions', 303);
    };
    app.post('/campaign/institutions', { schema: { hide: true, body: InstitutionBody }, preValidation: admin }, async (req, reply) => save(req, reply, undefined, req.body));
    app.post('/campaign/institutions/:id', { schema: { hide: true, params: IdParams, body: InstitutionBody }, preValidation: admin }, async (req, reply) =>
      save(req, reply, parseId(req.params.id, 'institution'), req.body),
    );

    const importPage = (req: FastifyRequest, reply: FastifyReply, preview?: ImportPreview, error?: string, status = 200) =>
      sendPage(
        reply,
        ImportPage({
          tr: req.tr,
          csrf: formToken(req, reply),
          user: viewUser(req),
          types: campaignData().types,
          preview,
          payload: preview?.errors.length === 0 ? JSON.stringify(toTable(preview.rows.map((r) => r.value))) : undefined,
          error,
        }),
        status,
      );

    app.get('/campaign/institutions/import', { schema: { hide: true }, preValidation: admin }, async (req, reply) => importPage(req, reply));

    const existing = async () => (await listInstitutions(ctx.store.db)).map((i) => ({ id: i.id, nameRu: i.nameRu, district: i.district }));

    app.post('/campaign/institutions/import', { schema: { hide: true }, preValidation: admin }, async (req, reply) => {
      if (!req.isMultipart()) throw new SaqbolError('unsupported_media_type', { type: req.headers['content-type'] ?? '' });
      const file = (req.body as Record<string, unknown> | undefined)?.file as { filename?: string; toBuffer?: () => Promise<Buffer>; file?: { truncated?: boolean } } | undefined;
      if (!file?.toBuffer) return importPage(req, reply, undefined, req.tr.t('campaign:import.noFile'), 400);
      const data = await file.toBuffer();
      const name = (file.filename ?? '').toLowerCase();
      let table: string[][];
      try {
        if (name.endsWith('.xlsx') || data.subarray(0, 2).toString('latin1') === 'PK') table = await xlsxRows(data);
        else table = parseCsv(data.toString('utf8'));
      } catch (err) {
        req.log.info({ err }, 'unreadable import file');
        return importPage(req, reply, undefined, req.tr.t('campaign:import.unreadable'), 400);
      }
      const { types, headers } = campaignData();
      return importPage(req, reply, previewImport(table, headers, types, await existing()));
    });

    app.post('/campaign/institutions/import/apply', { schema: { hide: true, body: ApplyBody }, preValidation: admin }, async (req, reply) => {
      let table: unknown;
      try {
        table = JSON.parse(req.body.rows);
      } catch {
        throw new SaqbolError('invalid_field', { field: 'rows', detail: 'not JSON' });
      }
      if (!Array.isArray(table) || !table.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) {
        throw new SaqbolError('invalid_field', { field: 'rows', detail: 'expected rows of text' });
      }
      const { types, headers } = campaignData();
      const preview = previewImport(table, headers, types, await existing());
      if (preview.errors.length > 0 || preview.rows.length === 0) return importPage(req, reply, preview, req.tr.t('campaign:import.nothingApplied'), 400);
      const res = await applyInstitutionImport(ctx.store.db, preview.rows, nowIso(ctx.clock));
      req.log.info(res, 'institutions imported');
      const { types: tl } = campaignData();
      return sendPage(
        reply,
        InstitutionsPage({
          tr: req.tr,
          csrf: formToken(req, reply),
          user: viewUser(req),
          items: await listInstitutions(ctx.store.db),
          types: tl,
          flash: req.tr.t('campaign:import.done', { created: res.created, updated: res.updated }),
        }),
      );
    });
  };
}
