import { resolve } from 'node:path';

/** @aeo/web in a web app's Vite build (tsconfig.base.json's paths, which Vite does not read). */
export const webLibraryAliases = {
  '@aeo/contracts/roles': resolve(import.meta.dirname, '../contracts/src/roles.ts'),
  '@aeo/web/claims': resolve(import.meta.dirname, 'src/auth/claims.ts'),
  '@aeo/web/words': resolve(import.meta.dirname, 'src/i18n/words.ts'),
  '@aeo/web': resolve(import.meta.dirname, 'src/index.ts'),
};
