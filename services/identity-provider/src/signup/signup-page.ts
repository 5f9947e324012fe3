import { findInvisibleCharacter } from '@aeo/contracts';
import { escape, formPage } from '../interaction/html';
import type { Language } from '../interaction/login-page';
import type { SignupField, SignupProblem, SignupProblems, SignupValues } from './signup-form';

const TEXT = {
  mn: {
    title: 'Бүртгүүлэх',
    heading: 'Компанийн анхны хэрэглэгчийн бүртгэл',
    standIn:
      'Энэ бүртгэл нь гаалийн байгууллагын цахим үнэмлэхээр (e-ID) бүртгэх үйлчилгээг түр орлож буй хөгжүүлэлтийн хувилбар бөгөөд бодит орчинд түүгээр солигдоно. ' +
      'Компанийн мэдээллийг компаниа бүртгүүлэх үед болон гааль өргөдлийг хүлээн авахдаа шалгана.',
    labels: {
      login: 'Нэвтрэх нэр',
      name: 'Овог нэр',
      email: 'Имэйл',
      password: 'Нууц үг',
      passwordConfirmation: 'Нууц үгээ давтах',
      taxpayerId: 'Компанийн татвар төлөгчийн дугаар',
      language: 'Хэл',
    },
    hints: {
      login: 'Латин үсэг, тоо, . _ @ - тэмдэгт; 3–64 тэмдэгт.',
      password: 'Дор хаяж 12 тэмдэгт, нэвтрэх нэрээс өөр.',
    } as Partial<Record<SignupField, string>>,
    submit: 'Бүртгүүлэх',
    back: 'Нэвтрэх хуудас руу буцах',
    other: 'English',
    fix: 'Тэмдэглэсэн талбаруудыг засна уу.',
    created: 'Бүртгэл үүслээ',
    createdText: 'Та одоо програмаасаа энэ нэвтрэх нэр, нууц үгээр нэвтэрнэ үү:',
    tooMany: 'Энэ хаягаас хэт олон оролдлого хийгдлээ: нэг цагийн дараа дахин оролдоно уу.',
    expired: 'Маягтын хугацаа дууссан эсвэл өөр сайтаас илгээгдсэн байна: хуудсыг дахин нээнэ үү.',
    problems: {
      required: 'Энэ талбарыг бөглөнө үү.',
      loginFormat: 'Латин үсэг эсвэл тоогоор эхэлсэн, латин үсэг, тоо, . _ @ - бүхий 3–64 тэмдэгт оруулна уу.',
      loginReserved: '"demo-"-ээр эхэлсэн нэвтрэх нэрийг жишээ хэрэглэгчдэд зориулсан.',
      loginTaken: 'Энэ нэвтрэх нэр бүртгэлтэй байна: өөр нэр сонгоно уу.',
      name: 'Овог нэрээ 2–200 тэмдэгтээр оруулна уу.',
      email: 'Имэйл хаяг буруу байна.',
      passwordShort: 'Нууц үг дор хаяж 12 тэмдэгттэй байх ёстой.',
      passwordLong: 'Нууц үг 1024-өөс ихгүй тэмдэгттэй байх ёстой.',
      passwordIsLogin: 'Нууц үг нэвтрэх нэртэй ижил байж болохгүй.',
      passwordMismatch: 'Хоёр нууц үг таарахгүй байна.',
      taxpayerId: 'Татвар төлөгчийн дугаар хөтөлбөрийн хэлбэрт тохирохгүй байна',
      language: 'Монгол эсвэл English-ийг сонгоно уу.',
      text: 'Харагдахгүй эсвэл удирдлагын тэмдэгт агуулсан байна',
    } satisfies Record<SignupProblem, string>,
  },
  en: {
    title: 'Create an account',
    heading: "Your company's first user account",
    standIn:
      "This sign-up stands in for the administration's own enrolment (e-ID) on a development platform; a deployment replaces it. " +
      "Your company's data is verified when the company registers and customs accepts its application.",
    labels: {
      login: 'Login',
      name: 'Full name',
      email: 'Email',
      password: 'Password',
      passwordConfirmation: 'Password again',
      taxpayerId: "Company's taxpayer id",
      language: 'Language',
    },
    hints: {
      login: 'Latin letters, digits, . _ @ -; 3 to 64 characters.',
      password: 'At least 12 characters, not your login.',
    } as Partial<Record<SignupField, string>>,
    submit: 'Create the account',
    back: 'Back to sign in',
    other: 'Монгол',
    fix: 'Correct the fields marked below.',
    created: 'Account created',
    createdText: 'Sign in from the application now with this login and your password:',
    tooMany: 'Too many attempts from this address: try again in an hour.',
    expired: 'The form expired or came from another site: open the page again.',
    problems: {
      required: 'Fill this in.',
      loginFormat: 'Use 3 to 64 Latin letters, digits or . _ @ -, starting with a letter or a digit.',
      loginReserved: 'Logins starting with "demo-" are kept for the demo users.',
      loginTaken: 'This login is taken: choose another one.',
      name: 'Give your name in 2 to 200 characters.',
      email: 'This is not an email address.',
      passwordShort: 'The password needs at least 12 characters.',
      passwordLong: 'The password may have at most 1024 characters.',
      passwordIsLogin: 'The password must not be your login.',
      passwordMismatch: 'The two passwords differ.',
      taxpayerId: "This taxpayer id does not match the programme's format",
      language: 'Choose Монгол or English.',
      text: 'This contains a hidden or control character that cannot be kept',
    } satisfies Record<SignupProblem, string>,
  },
} as const;

const INPUTS: Record<Exclude<SignupField, 'language'>, string> = {
  login: 'autocomplete="username" maxlength="64"',
  name: 'autocomplete="name" maxlength="200"',
  email: 'type="email" autocomplete="email" maxlength="254"',
  password: 'type="password" autocomplete="new-password" minlength="12"',
  passwordConfirmation: 'type="password" autocomplete="new-password" minlength="12"',
  taxpayerId: 'inputmode="numeric" maxlength="32"',
};

/**
 * The sign-up form in Mongolian or English: each refused field's message beside it
 * (aria-describedby, aria-invalid), what was typed kept (never the passwords). `action` is where it
 * posts (/signup, or /interaction/<uid>/signup during a sign-in), `back` the login page if any.
 */
export function signupPage(options: {
  action: string;
  csrf: string;
  language: Language;
  taxpayerIdPattern: string;
  values?: Partial<SignupValues>;
  problems?: SignupProblems;
  /** A refusal of the whole form (rate limit). */
  alert?: 'tooMany';
  back?: string;
  /** The form of a company invitation (invitation-page.ts): its words, its hidden fields, the taxpayer id the invitation gives. */
  invitation?: {
    heading: string;
    intro: string;
    submit: string;
    /** The page in the other language (keeps the code). */
    otherLanguage: string;
    hidden: Record<string, string>;
    /** More of the page below the form (the form for an existing account). */
    after: string;
  };
}): string {
  const t = TEXT[options.language];
  const other: Language = options.language === 'mn' ? 'en' : 'mn';
  const problems = options.problems ?? {};
  const failed = Object.keys(problems).length > 0;
  const firstProblem = Object.keys(problems)[0];
  const message = (field: SignupField) => {
    const code = problems[field];
    if (!code) return '';
    const text =
      code === 'taxpayerId'
        ? `${t.problems.taxpayerId} (${options.taxpayerIdPattern}).`
        : code === 'text'
          ? `${t.problems.text}${characterNamed(options.values?.[field])}.`
          : t.problems[code];
    return `<p class="field-error" id="${field}-error" data-field="${field}">${escape(text)}</p>`;
  };
  const describedBy = (field: SignupField) =>
    [problems[field] ? `${field}-error` : '', t.hints[field] ? `${field}-hint` : ''].filter(Boolean).join(' ');
  const attributes = (field: SignupField) => {
    const ids = describedBy(field);
    return `name="${field}" id="${field}"${ids ? ` aria-describedby="${ids}"` : ''}${problems[field] ? ' aria-invalid="true"' : ''}${field === firstProblem || (!failed && field === 'login') ? ' autofocus' : ''}`;
  };
  const input = (field: Exclude<SignupField, 'language'>) => {
    const keep = field === 'password' || field === 'passwordConfirmation' ? '' : (options.values?.[field] ?? '');
    const hint = t.hints[field] ? `<p class="hint" id="${field}-hint">${t.hints[field]}</p>` : '';
    return `<label for="${field}">${t.labels[field]}</label><input ${attributes(field)} ${INPUTS[field]} required value="${escape(keep)}">${hint}${message(field)}`;
  };
  const chosen = options.values?.language ?? options.language;
  const option = (language: Language, label: string) =>
    `<option value="${language}" lang="${language}"${chosen === language ? ' selected' : ''}>${label}</option>`;
  const alert = options.alert
    ? `<p class="error" role="alert">${t[options.alert]}</p>`
    : failed
      ? `<p class="error" role="alert">${t.fix}</p>`
      : '';
  const invitation = options.invitation;
  const fields = ['login', 'name', 'email', 'password', 'passwordConfirmation', 'taxpayerId'] as const;
  const hidden = Object.entries(invitation?.hidden ?? {})
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">\n`)
    .join('');
  return formPage(
    options.language,
    invitation?.heading ?? t.title,
    `<p class="language"><a href="${escape(invitation?.otherLanguage ?? `${options.action}?lang=${other}`)}" lang="${other}" hreflang="${other}">${t.other}</a></p>
<h1>${escape(invitation?.heading ?? t.heading)}</h1>
<p class="muted">${invitation ? escape(invitation.intro) : t.standIn}</p>
${alert}
<form method="post" action="${escape(options.action)}" autocomplete="on" novalidate>
<input type="hidden" name="csrf" value="${escape(options.csrf)}">
<input type="hidden" name="lang" value="${options.language}">
${hidden}${(invitation ? fields.filter((field) => field !== 'taxpayerId') : fields).map(input).join('\n')}
<label for="language">${t.labels.language}</label><select ${attributes('language')}>${option('mn', 'Монгол')}${option('en', 'English')}</select>${message('language')}
<button type="submit" class="submit">${escape(invitation?.submit ?? t.submit)}</button>
</form>
${invitation?.after ?? ''}${options.back ? `<p class="other"><a href="${escape(options.back)}?lang=${options.language}">${t.back}</a></p>` : ''}`,
  );
}

/** The character a 'text' problem is about, as the contracts name it (" (U+202E)"), if the value kept shows it. */
function characterNamed(value: string | undefined): string {
  const character = value === undefined ? undefined : findInvisibleCharacter(value);
  return character ? ` (${character})` : '';
}

/** The answer to a sign-up outside a sign-in: the account exists, sign in from the application. */
export function signupDonePage(language: Language, login: string): string {
  const t = TEXT[language];
  return formPage(
    language,
    t.created,
    `<h1>${t.created}</h1>
<p role="status">${t.createdText} <strong>${escape(login)}</strong></p>`,
  );
}

/** A form refused before its fields are read (CSRF): plain, in the page's language. */
export const signupExpired = (language: Language): string => TEXT[language].expired;
