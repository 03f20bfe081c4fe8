import { describe, expect, it } from 'vitest';
import { ERRORS, SaqbolError, normalizeError, toProblem } from './errors.js';

describe('error catalogue', () => {
  it('renders a template and keeps the code and status', () => {
    const e = new SaqbolError('text_too_long', { length: 12000, limit: 10000 });
    expect(e.message).toBe('The text is too long: 12000 characters, the limit is 10000');
    expect(e.status).toBe(413);
    expect(toProblem(e, '/api/check')).toMatchObject({ status: 413, code: 'text_too_long', instance: '/api/check' });
  });

  it('names the field of a schema violation', () => {
    const err = normalizeError({
      validation: [{ instancePath: '/text', message: 'must be string', params: {} }],
      validationContext: 'body',
    });
    expect(err.code).toBe('invalid_field');
    expect(toProblem(err).field).toBe('text');
  });

  it('names a missing property', () => {
    const err = normalizeError({
      validation: [{ instancePath: '', message: "must have required property 'text'", params: { missingProperty: 'text' } }],
      validationContext: 'body',
    });
    expect(err.params.field).toBe('text');
  });

  it('maps parse errors to 400 and hides unknown errors', () => {
    expect(normalizeError({ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }).status).toBe(400);
    const internal = normalizeError(new Error('secret stack detail'));
    expect(internal.code).toBe('internal');
    expect(internal.message).not.toContain('secret');
  });

  it('has a valid HTTP status for every code', () => {
    for (const [code, def] of Object.entries(ERRORS)) {
      expect(def.status, code).toBeGreaterThanOrEqual(400);
      expect(def.status, code).toBeLessThan(600);
    }
  });
});
