// The one catalogue of error codes: stable code → message template → HTTP status.
// Anything thrown anywhere is normalized here (toProblem) into RFC 9457 problem+json.

export const ERRORS = {
  bad_request: { status: 400, message: 'Invalid request: {detail}' },
  invalid_field: { status: 400, message: 'Invalid value for "{field}": {detail}' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, message: 'Unsupported content type: {type}' },
  payload_too_large: { status: 413, message: 'The request is too large (limit {limit})' },
  text_too_long: { status: 413, message: 'The text is too long: {length} characters, the limit is {limit}' },
  unauthorized: { status: 401, message: 'Sign in first' },
  forbidden: { status: 403, message: 'You are not allowed to do this' },
  csrf_invalid: { status: 403, message: 'The form has expired or was not sent from this site; reload the page' },
  not_found: { status: 404, message: 'Not found: {what}' },
  conflict: { status: 409, message: 'Conflict: {detail}' },
  rate_limited: { status: 429, message: 'Too many requests; try again in {after}' },
  invalid_phone: { status: 400, message: 'Not a phone number: {input}' },
  bad_config: { status: 500, message: 'Bad configuration: {detail}' },
  db_error: { status: 500, message: 'Database error' },
  unavailable: { status: 503, message: 'Service unavailable: {detail}' },
  url_refused: { status: 422, message: 'The address was refused ({reason}): {detail}' },
  internal: { status: 500, message: 'Internal error' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;
export type ErrorParams = Record<string, string | number | undefined>;

function render(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const v = params[key];
    return v === undefined ? `{${key}}` : String(v);
  });
}

export class SaqbolError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly status: number;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(render(ERRORS[code].message, params), options);
    this.name = 'SaqbolError';
    this.code = code;
    this.params = params;
    this.status = ERRORS[code].status;
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  field?: string;
  [extra: string]: unknown;
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  validation?: { instancePath?: string; message?: string; params?: Record<string, unknown> }[];
  validationContext?: string;
}

function fieldOf(v: { instancePath?: string; params?: Record<string, unknown> }): string {
  const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = v.params?.missingProperty;
  const extra = v.params?.additionalProperty;
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  if (typeof extra === 'string') return path ? `${path}.${extra}` : extra;
  return path || '(body)';
}

/** Maps anything thrown to a SaqbolError; unknown errors become `internal` (their text is not leaked). */
export function normalizeError(err: unknown): SaqbolError {
  if (err instanceof SaqbolError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as FastifyLikeError;
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const first = e.validation[0]!;
    const ctx = e.validationContext && e.validationContext !== 'body' ? `${e.validationContext}.` : '';
    return new SaqbolError('invalid_field', {
      field: ctx + fieldOf(first),
      detail: first.message ?? 'invalid',
    });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new SaqbolError('invalid_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return new SaqbolError('payload_too_large', { limit: 'see documentation' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new SaqbolError('unsupported_media_type', { type: e.message ?? '' });
    case 'FST_ERR_NOT_FOUND':
      return new SaqbolError('not_found', { what: 'route' });
    default:
      break;
  }
  if (e.statusCode === 429) return new SaqbolError('rate_limited', { after: 'a minute' });
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.statusCode === 413) return new SaqbolError('payload_too_large', { limit: 'see documentation' });
    if (e.statusCode === 415) return new SaqbolError('unsupported_media_type', { type: '' });
    return new SaqbolError('bad_request', { detail: e.message ?? 'bad request' });
  }
  return new SaqbolError('internal', {}, { cause: err });
}

export function toProblem(err: SaqbolError, instance?: string): Problem {
  const problem: Problem = {
    type: `https://saqbol.kz/problems/${err.code}`,
    title: err.code.replace(/_/g, ' '),
    status: err.status,
    detail: err.message,
    code: err.code,
  };
  if (instance !== undefined) problem.instance = instance;
  if (typeof err.params.field === 'string') problem.field = err.params.field;
  return problem;
}
