import { z } from 'zod';
import { ROLES } from '@aeo/auth';
import { email, programmeTaxpayerId, safeText, visibleText } from '@aeo/contracts';
import type { NewAccount } from '../accounts/accounts';
import { DEMO_LOGIN_PREFIX } from '../accounts/demo-users';
import { LANGUAGES, type Language } from '../interaction/login-page';

/** The sign-up form's fields, in the page's order. */
export const SIGNUP_FIELDS = [
  'login',
  'name',
  'email',
  'password',
  'passwordConfirmation',
  'taxpayerId',
  'language',
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

/** Why a field is refused: the key of its message in both languages (signup-page.ts). */
export const SIGNUP_PROBLEMS = [
  'required',
  'loginFormat',
  'loginReserved',
  'loginTaken',
  'name',
  'email',
  'passwordShort',
  'passwordLong',
  'passwordIsLogin',
  'passwordMismatch',
  'taxpayerId',
  'language',
  'text',
] as const;
export type SignupProblem = (typeof SIGNUP_PROBLEMS)[number];

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 1024;
/** ASCII only, so that lower() folds it in any collation (the accounts' unique index). */
const LOGIN_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;

export type SignupValues = Record<SignupField, string>;
export type SignupProblems = Partial<Record<SignupField, SignupProblem>>;

const problem = (code: SignupProblem) => ({ message: code });
const required = safeText.min(1, problem('required'));
const PROBLEMS = new Set<string>(SIGNUP_PROBLEMS);
/** A message of a schema not ours (safe text, the contracts' email): the field's general problem. */
const problemOf = (field: SignupField, message: string): SignupProblem =>
  PROBLEMS.has(message) ? (message as SignupProblem) : field === 'email' ? 'email' : 'text';

function signupSchema(taxpayerIdPattern: string) {
  const taxpayerId = programmeTaxpayerId(taxpayerIdPattern);
  return z.object({
    login: required
      .regex(LOGIN_FORMAT, problem('loginFormat'))
      .refine((login) => !login.toLowerCase().startsWith(DEMO_LOGIN_PREFIX), problem('loginReserved')),
    // The name becomes the company administrator's or member's name: no hidden characters (U+202E
    // would make it read otherwise than stored), as the applications service refuses them there.
    name: required.min(2, problem('name')).max(200, problem('name')).pipe(visibleText),
    email: required.pipe(email),
    password: required
      .min(PASSWORD_MIN_LENGTH, problem('passwordShort'))
      .max(PASSWORD_MAX_LENGTH, problem('passwordLong')),
    passwordConfirmation: required,
    taxpayerId: required.refine((value) => taxpayerId.safeParse(value).success, problem('taxpayerId')),
    language: z.enum(LANGUAGES, problem('language')),
  });
}

/** The rules between fields, checked whatever the other fields' problems (zod's object refinements wait for them). */
function crossFieldProblems(values: SignupValues): SignupProblems {
  const problems: SignupProblems = {};
  if (values.password && values.password.toLowerCase() === values.login.toLowerCase())
    problems.password = 'passwordIsLogin';
  if (values.passwordConfirmation && values.passwordConfirmation !== values.password)
    problems.passwordConfirmation = 'passwordMismatch';
  return problems;
}

/**
 * The posted form checked field by field: the account to create, or the first problem of each
 * field (with what was typed, to show the form again). Text is trimmed, the passwords are not.
 */
export function checkSignup(
  form: URLSearchParams,
  taxpayerIdPattern: string,
  pageLanguage: Language,
): { values: SignupValues; problems: SignupProblems; account?: NewAccount } {
  const text = (field: SignupField) => (form.get(field) ?? '').trim();
  const values: SignupValues = {
    login: text('login'),
    name: text('name'),
    email: text('email'),
    password: form.get('password') ?? '',
    passwordConfirmation: form.get('passwordConfirmation') ?? '',
    taxpayerId: text('taxpayerId'),
    language: text('language') || pageLanguage,
  };
  const parsed = signupSchema(taxpayerIdPattern).safeParse(values);
  const problems: SignupProblems = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as SignupField;
    problems[field] ??= problemOf(field, issue.message);
  }
  for (const [field, code] of Object.entries(crossFieldProblems(values)) as [SignupField, SignupProblem][])
    problems[field] ??= code;
  if (parsed.success && Object.keys(problems).length === 0)
    return {
      values,
      problems: {},
      account: {
        login: parsed.data.login,
        password: parsed.data.password,
        name: parsed.data.name,
        email: parsed.data.email,
        language: parsed.data.language,
        roles: [ROLES.operatorUser],
        taxpayerId: parsed.data.taxpayerId,
      },
    };
  return { values, problems };
}
