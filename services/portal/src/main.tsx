import '@mantine/core/styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { startWebApp } from '@aeo/web';
import { createPortalRouter } from './app/router';
import { PortalSettingsContext, type PortalSettings } from './app/settings';
import { PORTAL_WORDS } from './i18n/resources';

void startWebApp<PortalSettings>({
  words: PORTAL_WORDS,
  languageKey: 'aeo.portal.language',
  app: (settings) => (
    <PortalSettingsContext.Provider value={settings}>
      <RouterProvider router={createPortalRouter()} />
    </PortalSettingsContext.Provider>
  ),
});
