import { resourcesOf } from '@aeo/web/words';
import en from './locales/en.json';
import mn from './locales/mn.json';
import wizardEn from '../features/application-wizard/locales/en.json';
import wizardMn from '../features/application-wizard/locales/mn.json';
import authorisationEn from '../features/authorisation/locales/en.json';
import authorisationMn from '../features/authorisation/locales/mn.json';
import inboxEn from '../features/inbox/locales/en.json';
import inboxMn from '../features/inbox/locales/mn.json';
import invitationsEn from '../features/invitations/locales/en.json';
import invitationsMn from '../features/invitations/locales/mn.json';
import webhooksEn from '../features/webhooks/locales/en.json';
import webhooksMn from '../features/webhooks/locales/mn.json';
import statusEn from '../features/application-status/locales/en.json';
import statusMn from '../features/application-status/locales/mn.json';

type Words = Record<string, unknown>;
/**
 * Each feature's own words (`src/features/<feature>/locales/{en,mn}.json`, under its own top-level
 * keys), merged over the portal's shared ones; a key defined twice is an error (resources.spec.ts).
 */
export const FEATURE_LOCALES: ReadonlyArray<{ feature: string; en: Words; mn: Words }> = [
  { feature: 'application-wizard', en: wizardEn, mn: wizardMn },
  { feature: 'authorisation', en: authorisationEn, mn: authorisationMn },
  { feature: 'inbox', en: inboxEn, mn: inboxMn },
  { feature: 'invitations', en: invitationsEn, mn: invitationsMn },
  { feature: 'webhooks', en: webhooksEn, mn: webhooksMn },
  { feature: 'application-status', en: statusEn, mn: statusMn },
];
function merge(language: 'en' | 'mn', core: Words): Words {
  const merged: Words = { ...core };
  for (const locale of FEATURE_LOCALES)
    for (const [key, words] of Object.entries(locale[language])) {
      if (key in merged) throw new Error(`${locale.feature}'s words define '${key}' again (${language})`);
      merged[key] = words;
    }
  return merged;
}

/** The portal's words in both languages (./locales), libs/web's merged in (a text defined twice throws here). */
export const PORTAL_WORDS = { en: merge('en', en), mn: merge('mn', mn) };
export const RESOURCES = resourcesOf(PORTAL_WORDS);
export const WORDS = { en: RESOURCES.en.translation, mn: RESOURCES.mn.translation };
