import { resourcesOf } from '@aeo/web/words';
import en from './locales/en.json';
import mn from './locales/mn.json';
import recognitionEn from '../features/recognition/locales/en.json';
import recognitionMn from '../features/recognition/locales/mn.json';
import operationsEn from '../features/operations/locales/en.json';
import operationsMn from '../features/operations/locales/mn.json';
import pilotsEn from '../features/pilots/locales/en.json';
import pilotsMn from '../features/pilots/locales/mn.json';
import policyEn from '../features/policy/locales/en.json';
import policyMn from '../features/policy/locales/mn.json';
import registerEn from '../features/register/locales/en.json';
import registerMn from '../features/register/locales/mn.json';

/**
 * The console's words in both languages: libs/web's (its components'), the console's shared ones (`./locales`) and each feature's own
 * (`src/features/<feature>/locales/{en,mn}.json`, each under its own top-level keys). A feature
 * adds its pair to FEATURE_LOCALES; a key defined twice is an error, found by resources.spec.ts.
 */
type Words = Record<string, unknown>;
export const FEATURE_LOCALES: ReadonlyArray<{ feature: string; en: Words; mn: Words }> = [
  { feature: 'register', en: registerEn, mn: registerMn },
  { feature: 'operations', en: operationsEn, mn: operationsMn },
  { feature: 'recognition', en: recognitionEn, mn: recognitionMn },
  { feature: 'policy', en: policyEn, mn: policyMn },
  { feature: 'pilots', en: pilotsEn, mn: pilotsMn },
];

export const CORE_LOCALES = { en: en as Words, mn: mn as Words };

const merge = (language: 'en' | 'mn'): Words =>
  Object.assign({}, CORE_LOCALES[language], ...FEATURE_LOCALES.map((locale) => locale[language]));

/** libs/web's words merged in: a text the console defines again is an error here, at import (resources.spec.ts). */
export const CONSOLE_WORDS = { en: merge('en'), mn: merge('mn') };
export const RESOURCES = resourcesOf(CONSOLE_WORDS);
export const WORDS = { en: RESOURCES.en.translation, mn: RESOURCES.mn.translation };
