import { escape, formPage } from '../interaction/html';
import type { Language } from '../interaction/login-page';
import { signupPage } from '../signup/signup-page';
import type { SignupProblems, SignupValues } from '../signup/signup-form';
import type { InvitationFound } from './applications-invitations';

/** Why an invitation link leads nowhere: no such code, or the invitation is no longer pending. */
export type InvitationProblem = 'unknown' | 'expired' | 'revoked' | 'accepted' | 'refused';

const TEXT = {
  mn: {
    heading: (company: string) => `${company}-д нэгдэх`,
    intro: (invitation: InvitationFound, until: string) =>
      `${invitation.name}, таныг ${invitation.operatorName} (татвар төлөгчийн дугаар ${invitation.taxpayerId}) компанийн ${invitation.role === 'administrator' ? 'администратор' : 'гишүүн'} хэрэглэгчээр AEO платформд урьсан байна. Доор бүртгэл үүсгэнэ үү; урилга нэг удаа, ${until} хүртэл хүчинтэй.`,
    submit: 'Бүртгэл үүсгээд нэгдэх',
    existing: 'Энэ компанийн бүртгэлтэй хэрэглэгч үү?',
    existingText: 'Нэвтрэх нэр, нууц үгээрээ нэвтэрч урилгыг хүлээн авна уу.',
    login: 'Нэвтрэх нэр',
    password: 'Нууц үг',
    existingSubmit: 'Нэвтэрч нэгдэх',
    wrongPassword: 'Нэвтрэх нэр эсвэл нууц үг буруу байна.',
    otherCompany: (company: string) =>
      `Энэ бүртгэл ${company} компанийн хэрэглэгчийн бүртгэл биш байна: шинэ бүртгэл үүсгэнэ үү.`,
    problemTitle: 'Урилгыг ашиглах боломжгүй',
    problems: {
      unknown:
        'Энэ холбоос ямар ч урилгад хамаарахгүй байна. Имэйл дэх холбоосыг бүтнээр нь хуулсан эсэхээ шалгана уу.',
      expired: 'Урилгын хугацаа дууссан байна. Компанийнхаа администратороос шинэ урилга хүсэнэ үү.',
      revoked: 'Энэ урилгыг цуцалсан байна. Компанийнхаа администратортой холбогдоно уу.',
      accepted: 'Энэ урилгыг аль хэдийн хүлээн авсан байна: урилга нэг удаа ашиглагдана. Бүртгэлээрээ нэвтэрнэ үү.',
      refused: 'Урилгыг хүлээн авах боломжгүй байна:',
    } satisfies Record<InvitationProblem, string>,
    nothingCreated: 'Ямар ч бүртгэл үүсээгүй.',
    done: 'Та нэгдлээ',
    doneText: (company: string, role: string, login: string) =>
      `Та одоо ${company} компанийн ${role === 'administrator' ? 'администратор' : 'гишүүн'} хэрэглэгч боллоо. Програмаасаа энэ нэвтрэх нэрээр нэвтэрнэ үү: ${login}`,
    other: 'English',
  },
  en: {
    heading: (company: string) => `Join ${company}`,
    intro: (invitation: InvitationFound, until: string) =>
      `${invitation.name}, you are invited to use the AEO platform for ${invitation.operatorName} (taxpayer id ${invitation.taxpayerId}) as ${invitation.role === 'administrator' ? 'an administrator' : 'a member'}. Create your account below; the invitation works once, until ${until}.`,
    submit: 'Create the account and join',
    existing: 'You have an account of this company already?',
    existingText: 'Sign in with its login and password to accept the invitation.',
    login: 'Login',
    password: 'Password',
    existingSubmit: 'Sign in and join',
    wrongPassword: 'The login or the password is wrong.',
    otherCompany: (company: string) => `This account is not one of ${company}'s users' accounts: create a new one.`,
    problemTitle: 'This invitation cannot be used',
    problems: {
      unknown: 'This link belongs to no invitation. Check that you copied the whole link from the email.',
      expired: 'The invitation has expired. Ask an administrator of your company for a new one.',
      revoked: 'This invitation was revoked. Ask an administrator of your company.',
      accepted: 'This invitation was accepted already: an invitation works once. Sign in with your account.',
      refused: 'The invitation cannot be accepted:',
    } satisfies Record<InvitationProblem, string>,
    nothingCreated: 'No account was created.',
    done: 'You have joined',
    doneText: (company: string, role: string, login: string) =>
      `You are now ${role === 'administrator' ? 'an administrator' : 'a member'} of ${company}. Sign in from the application with this login: ${login}`,
    other: 'Монгол',
  },
} as const;

const until = (invitation: InvitationFound, language: Language) =>
  new Date(invitation.expiresAt).toLocaleString(language === 'mn' ? 'mn-MN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }) + ' UTC';

export interface InvitationForm {
  action: string;
  code: string;
  csrf: string;
  language: Language;
  taxpayerIdPattern: string;
  invitation: InvitationFound;
  values?: Partial<SignupValues>;
  problems?: SignupProblems;
  alert?: 'tooMany';
  /** The existing account's form was refused: wrong login or password, or another company's account. */
  existingProblem?: 'wrongPassword' | 'otherCompany';
}

/**
 * The invitation page: the company and the role, a form creating the account (the sign-up's
 * fields, checked the same way, the taxpayer id the invitation's) and one accepting it with an
 * existing account of the company.
 */
export function invitationPage(form: InvitationForm): string {
  const t = TEXT[form.language];
  const other: Language = form.language === 'mn' ? 'en' : 'mn';
  const hidden = (mode: string) =>
    `<input type="hidden" name="csrf" value="${escape(form.csrf)}"><input type="hidden" name="lang" value="${form.language}"><input type="hidden" name="code" value="${escape(form.code)}"><input type="hidden" name="mode" value="${mode}">`;
  const existingProblem = form.existingProblem
    ? `<p class="error" role="alert" id="existing-error">${escape(
        form.existingProblem === 'wrongPassword' ? t.wrongPassword : t.otherCompany(form.invitation.operatorName),
      )}</p>`
    : '';
  const after = `<h2 style="font-size:1.1rem;margin-top:2rem">${t.existing}</h2>
<p class="muted">${t.existingText}</p>
${existingProblem}
<form method="post" action="${escape(form.action)}" novalidate>
${hidden('existing')}
<label for="existing-login">${t.login}</label><input name="login" id="existing-login" autocomplete="username" maxlength="64" required${form.existingProblem ? ' aria-describedby="existing-error" autofocus' : ''}>
<label for="existing-password">${t.password}</label><input name="password" id="existing-password" type="password" autocomplete="current-password" required>
<button type="submit" class="cancel">${t.existingSubmit}</button>
</form>`;
  return signupPage({
    action: form.action,
    csrf: form.csrf,
    language: form.language,
    taxpayerIdPattern: form.taxpayerIdPattern,
    values: form.values ?? { name: form.invitation.name, email: form.invitation.email, language: form.language },
    problems: form.problems,
    alert: form.alert,
    invitation: {
      heading: t.heading(form.invitation.operatorName),
      intro: t.intro(form.invitation, until(form.invitation, form.language)),
      submit: t.submit,
      otherLanguage: `${form.action}?code=${encodeURIComponent(form.code)}&lang=${other}`,
      hidden: { code: form.code, mode: 'create' },
      after,
    },
  });
}

/** A link that leads nowhere, in both languages (the page's first): nothing was created. */
export function invitationProblemPage(language: Language, problem: InvitationProblem, detail?: string): string {
  const languages: Language[] = language === 'mn' ? ['mn', 'en'] : ['en', 'mn'];
  return formPage(
    language,
    `${TEXT[languages[0]].problemTitle} · ${TEXT[languages[1]].problemTitle}`,
    languages
      .map((lang, index) => {
        const t = TEXT[lang];
        return `<section lang="${lang}" data-problem="${problem}">
<${index === 0 ? 'h1' : 'h2 style="font-size:1.1rem;margin-top:1.5rem"'}>${t.problemTitle}</${index === 0 ? 'h1' : 'h2'}>
<p role="${index === 0 ? 'alert' : 'note'}">${escape(t.problems[problem])}${detail ? ` ${escape(detail)}` : ''}</p>
<p class="muted">${t.nothingCreated}</p>
</section>`;
      })
      .join('\n'),
  );
}

/** The invitation accepted: the account is the company's user in the invited role. */
export function invitationDonePage(language: Language, invitation: InvitationFound, login: string): string {
  const t = TEXT[language];
  return formPage(
    language,
    t.done,
    `<h1>${t.done}</h1>
<p role="status">${escape(t.doneText(invitation.operatorName, invitation.role, login))}</p>`,
  );
}
