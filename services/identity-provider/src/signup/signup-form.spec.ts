import { DEFAULT_TAXPAYER_ID_PATTERN } from '@aeo/contracts';
import { checkSignup } from './signup-form';

const PASSWORD = 'a long enough passphrase';
const form = (fields: Record<string, string>) =>
  new URLSearchParams({
    login: 'bat.dorj',
    name: 'Bat-Erdene Dorj',
    email: 'bat@example.mn',
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    taxpayerId: '5099999',
    ...fields,
  });
const check = (fields: Record<string, string> = {}) => checkSignup(form(fields), DEFAULT_TAXPAYER_ID_PATTERN, 'mn');

describe('the sign-up form', () => {
  it('gives an operator-user account carrying the taxpayer id; text trimmed, the page language by default', () => {
    expect(check({ login: ' bat.dorj ', name: ' Bat-Erdene Dorj ', taxpayerId: ' 5099999 ' }).account).toEqual({
      login: 'bat.dorj',
      password: PASSWORD,
      name: 'Bat-Erdene Dorj',
      email: 'bat@example.mn',
      language: 'mn',
      roles: ['operator-user'],
      taxpayerId: '5099999',
    });
  });

  it('keeps the spaces of a password (they are part of it)', () => {
    expect(check({ password: ` ${PASSWORD} `, passwordConfirmation: ` ${PASSWORD} ` }).account?.password).toBe(
      ` ${PASSWORD} `,
    );
  });

  it('reports one problem per field, every field at once, the rules between fields too', () => {
    const { account, problems } = check({
      login: '',
      email: 'x',
      password: 'password',
      passwordConfirmation: 'other',
      taxpayerId: '12',
      language: 'fr',
    });
    expect(account).toBeUndefined();
    expect(problems).toEqual({
      login: 'required',
      email: 'email',
      password: 'passwordShort',
      passwordConfirmation: 'passwordMismatch',
      taxpayerId: 'taxpayerId',
      language: 'language',
    });
  });

  it('refuses a password that is the login in another case, and text PostgreSQL cannot keep', () => {
    expect(
      check({ login: 'Long.Login.Name', password: 'long.login.name', passwordConfirmation: 'long.login.name' })
        .problems,
    ).toEqual({
      password: 'passwordIsLogin',
    });
    expect(check({ name: 'Bat\u0000' }).problems).toEqual({ name: 'text' });
  });

  it('refuses a name with hidden characters (a right-to-left override reads otherwise than stored)', () => {
    expect(check({ name: 'Bat\u202eErdene' }).problems).toEqual({ name: 'text' });
    expect(check({ name: 'Bat\u200bErdene' }).problems).toEqual({ name: 'text' });
    expect(check({ name: 'Бат-Эрдэнэ Дорж' }).account?.name).toBe('Бат-Эрдэнэ Дорж');
  });

  it('takes the programme taxpayer id format it is given', () => {
    expect(checkSignup(form({ taxpayerId: 'AB-1' }), '^[A-Z]{2}-[0-9]$', 'en').account?.taxpayerId).toBe('AB-1');
    expect(checkSignup(form({}), '^[A-Z]{2}-[0-9]$', 'en').problems).toEqual({ taxpayerId: 'taxpayerId' });
  });
});
