import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { clientProblem, NO_FORM_ERRORS } from '../errors/server-problems.ts';
import { LocaleProvider } from '../i18n/locale-context.tsx';
import { formErrorsOf, useFormProblems } from './use-form-problems.ts';

/** A failed tRPC call as the client sees it: the server's problems in `error.data`. */
const serverError = {
  data: {
    domainCode: 'auth.invalid_credentials',
    problems: [
      {
        code: 'auth.invalid_credentials',
        path: [],
        params: {},
        vi: 'Số điện thoại hoặc mật khẩu chưa đúng.',
        en: 'The phone number or password is not right.',
      },
      {
        code: 'validation.too_short',
        path: ['phone'],
        params: { minimum: 10 },
        vi: 'Quá ngắn.',
        en: 'Too short.',
      },
    ],
    text: { vi: 'Số điện thoại hoặc mật khẩu chưa đúng.', en: 'The phone number or password is not right.' },
  },
};

describe('the form hook', () => {
  it('shows nothing before a failure', () => {
    expect(formErrorsOf(null, ['phone'], 'vi')).toBe(NO_FORM_ERRORS);
  });

  it("puts the server's problems beside their fields and the rest on the form, in the reader's language", () => {
    expect(formErrorsOf({ kind: 'error', error: serverError }, ['phone', 'password'], 'en')).toEqual({
      fields: { phone: 'Too short.' },
      form: 'The phone number or password is not right.',
    });
    // A sign-in form puts what belongs to no field under the password.
    expect(
      formErrorsOf({ kind: 'error', error: serverError }, ['phone', 'password'], 'vi', {
        unplacedTo: 'password',
      }),
    ).toEqual({
      fields: { phone: 'Quá ngắn.', password: 'Số điện thoại hoặc mật khẩu chưa đúng.' },
      form: null,
    });
  });

  it('shows problems found before sending in the same words as the server would', () => {
    const missing = [clientProblem('validation.required', ['password'])];
    const shown = formErrorsOf({ kind: 'problems', problems: missing }, ['phone', 'password'], 'vi');
    expect(shown.form).toBeNull();
    expect(shown.fields.password).toBe(missing[0]?.vi);
  });

  it('says why a call did not arrive when the server sent nothing', () => {
    const shown = formErrorsOf({ kind: 'error', error: new TypeError('Failed to fetch') }, ['phone'], 'en');
    expect(shown.fields).toEqual({});
    expect(shown.form).toMatch(/connection|network|internet/i);
  });

  it('starts without errors inside a page', () => {
    function Form() {
      const { errors, failure } = useFormProblems(['phone']);
      return <p>{JSON.stringify({ errors, failure })}</p>;
    }
    expect(
      renderToStaticMarkup(
        <LocaleProvider>
          <Form />
        </LocaleProvider>,
      ),
    ).toContain(JSON.stringify({ errors: NO_FORM_ERRORS, failure: null }).replaceAll('"', '&quot;'));
  });
});
