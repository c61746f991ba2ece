import { formatMessage } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import {
  clientProblem,
  errorMessage,
  formErrorsFrom,
  type ServerErrorData,
  type ServerProblem,
  serverErrorData,
} from './server-problems.ts';

/** A failed call as `TRPCClientError` carries it: tRPC's code and status, and the server's problems. */
function trpcError(problems: ServerProblem[], code = 'BAD_REQUEST') {
  const first = problems[0];
  const data: ServerErrorData & { code: string; httpStatus: number } = {
    code,
    httpStatus: 400,
    domainCode: first?.code ?? null,
    problems,
    text: first ? { vi: first.vi, en: first.en } : { vi: 'Lỗi máy chủ.', en: 'Server error.' },
  };
  return Object.assign(new Error(first?.en ?? 'error'), { data });
}

describe('server problems on a form', () => {
  it('puts each problem beside its field, nested paths included, in the chosen language', () => {
    const error = trpcError([
      clientProblem('phone.invalid', ['phone'], { input: '12345' }),
      clientProblem('money.not_positive', ['listing', 'unitPrice']),
    ]);
    const vi = formErrorsFrom(error, ['phone', 'listing.unitPrice'], 'vi');
    expect(vi.fields.phone).toBe(formatMessage('phone.invalid', { input: '12345' }, 'vi'));
    expect(vi.fields['listing.unitPrice']).toBe(formatMessage('money.not_positive', {}, 'vi'));
    expect(vi.form).toBeNull();
    const en = formErrorsFrom(error, ['phone', 'listing.unitPrice'], 'en');
    expect(en.fields.phone).toContain('not a valid phone number');
  });

  it('shows the first problem of a field, not a pile of them', () => {
    const error = trpcError([
      clientProblem('validation.too_short', ['password'], { minimum: 8 }),
      clientProblem('validation.required', ['password']),
    ]);
    expect(formErrorsFrom(error, ['password'], 'vi').fields.password).toBe('Cần ít nhất 8 ký tự.');
  });

  it('makes a problem with no field of the form the form message, or sends it where asked', () => {
    const error = trpcError([clientProblem('auth.invalid_credentials', [])]);
    const wrong = formatMessage('auth.invalid_credentials', {}, 'vi');
    expect(formErrorsFrom(error, ['phone', 'password'], 'vi')).toEqual({ fields: {}, form: wrong });
    expect(formErrorsFrom(error, ['phone', 'password'], 'vi', { unplacedTo: 'password' })).toEqual({
      fields: { password: wrong },
      form: null,
    });
  });

  it('explains a call that never reached the server as a connection problem', () => {
    const offline = Object.assign(new TypeError('Failed to fetch'), { data: undefined });
    expect(formErrorsFrom(offline, ['phone'], 'vi').form).toMatch(/kết nối/);
    expect(errorMessage(new TypeError('Failed to fetch'), 'en')).toMatch(/connection/);
  });

  it('uses the domain dictionary when the server sent a code without text', () => {
    const error = trpcError([{ code: 'validation.required', path: ['phone'], params: {}, vi: '', en: '' }]);
    expect(formErrorsFrom(error, ['phone'], 'en').fields.phone).toBe('This field is required.');
  });

  it('ignores data that is not the server’s error shape', () => {
    expect(serverErrorData({ data: { message: 'Bad gateway' } })).toBeNull();
    expect(serverErrorData('boom')).toBeNull();
  });
});
