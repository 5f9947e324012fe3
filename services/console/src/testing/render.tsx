import type { ReactElement } from 'react';
import { renderPage as renderWebPage } from '@aeo/web/testing';
import { RESOURCES } from '../i18n/resources';

export { fakeAuth } from '@aeo/web/testing';

/** Renders `ui` at `path` with the console's providers and words, in `language` (libs/web's renderPage). */
export const renderPage = (ui: ReactElement, options: Omit<Parameters<typeof renderWebPage>[1], 'resources'>) =>
  renderWebPage(ui, { origin: 'http://console.test', ...options, resources: RESOURCES });
