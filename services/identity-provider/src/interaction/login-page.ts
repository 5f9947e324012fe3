import { escape, formPage } from './html';

/** The languages of the login page: Mongolian first (the administration's), English. */
export const LANGUAGES = ['mn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const TEXT = {
  mn: {
    title: 'Нэвтрэх',
    heading: 'AEO платформд нэвтрэх',
    client: 'Програм',
    login: 'Нэвтрэх нэр',
    password: 'Нууц үг',
    submit: 'Нэвтрэх',
    cancel: 'Цуцлах',
    wrong: 'Нэвтрэх нэр эсвэл нууц үг буруу байна.',
    other: 'English',
    signup: 'Бүртгэлгүй юу? Компанийнхаа анхны хэрэглэгчээр бүртгүүлэх',
  },
  en: {
    title: 'Sign in',
    heading: 'Sign in to the AEO platform',
    client: 'Application',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    cancel: 'Cancel',
    wrong: 'The login or the password is wrong.',
    other: 'Монгол',
    signup: "No account yet? Create your company's first user account",
  },
} satisfies Record<Language, Record<string, string>>;

/** The first of the asked languages (ui_locales, space separated, or a toggle's `lang`) we have. */
export function languageOf(...asked: (string | undefined)[]): Language {
  for (const tag of asked.flatMap((value) => value?.split(/[\s,]+/) ?? [])) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return 'mn';
}

export function loginPage(options: {
  uid: string;
  csrf: string;
  language: Language;
  clientId: string;
  login?: string;
  failed?: boolean;
  /** The sign-up is offered (IDENTITY_TRADER_SIGNUP). */
  signup?: boolean;
}): string {
  const t = TEXT[options.language];
  const other: Language = options.language === 'mn' ? 'en' : 'mn';
  const action = `/interaction/${encodeURIComponent(options.uid)}`;
  return formPage(
    options.language,
    t.title,
    `<p class="language"><a href="${action}?lang=${other}" lang="${other}" hreflang="${other}">${t.other}</a></p>
<h1>${t.heading}</h1>
<p class="muted">${t.client}: ${escape(options.clientId)}</p>
${options.failed ? `<p class="error" role="alert">${t.wrong}</p>` : ''}
<form method="post" action="${action}/login" autocomplete="on">
<input type="hidden" name="csrf" value="${escape(options.csrf)}">
<input type="hidden" name="lang" value="${options.language}">
<label>${t.login}<input name="login" autocomplete="username" required${options.failed ? '' : ' autofocus'} value="${escape(options.login ?? '')}"></label>
<label>${t.password}<input name="password" type="password" autocomplete="current-password" required${options.failed ? ' autofocus' : ''}></label>
<button type="submit" class="submit">${t.submit}</button>
</form>
<form method="post" action="${action}/abort">
<input type="hidden" name="csrf" value="${escape(options.csrf)}">
<button type="submit" class="cancel">${t.cancel}</button>
</form>
${options.signup ? `<p class="other"><a href="${action}/signup?lang=${options.language}">${t.signup}</a></p>` : ''}`,
  );
}
