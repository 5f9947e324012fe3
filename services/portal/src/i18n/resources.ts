import { resourcesOf } from '@aeo/web/words';
import en from './locales/en.json';
import mn from './locales/mn.json';

/** The portal's words in both languages (./locales), libs/web's merged in (a text defined twice throws here). */
export const PORTAL_WORDS = { en: en as Record<string, unknown>, mn: mn as Record<string, unknown> };
export const RESOURCES = resourcesOf(PORTAL_WORDS);
export const WORDS = { en: RESOURCES.en.translation, mn: RESOURCES.mn.translation };
