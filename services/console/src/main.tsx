import '@mantine/core/styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { startWebApp } from '@aeo/web';
import { createConsoleRouter } from './app/router';
import { CONSOLE_WORDS } from './i18n/resources';

void startWebApp({
  words: CONSOLE_WORDS,
  languageKey: 'aeo.console.language',
  app: () => <RouterProvider router={createConsoleRouter()} />,
});
