import { Text } from '@mantine/core';
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApplicationPage } from '../features/applications/ApplicationPage';
import { StartApplicationPage } from '../features/application-wizard/StartApplicationPage';
import { WizardPage } from '../features/application-wizard/WizardPage';
import { AuthorisationPage } from '../features/authorisation/AuthorisationPage';
import { CompanyHomePage } from '../features/company/CompanyHomePage';
import { InboxPage } from '../features/inbox/InboxPage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { RegisterEntryPage } from '../features/register/RegisterEntryPage';
import { RegisterSearchPage, registerSearchSchema } from '../features/register/RegisterSearchPage';
import { CallbackPage } from './CallbackPage';
import { Layout } from './Layout';

function NotFound() {
  const { t } = useTranslation();
  return <Text>{t('app.notFound')}</Text>;
}

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });
const routes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: CompanyHomePage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/callback', component: CallbackPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/authorisation', component: AuthorisationPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/inbox', component: InboxPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/webhooks', component: WebhooksPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/applications/new', component: StartApplicationPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/applications/$applicationId', component: ApplicationPage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/applications/$applicationId/self-assessment',
    component: WizardPage,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/register',
    validateSearch: registerSearchSchema,
    component: RegisterSearchPage,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/register/$authorisationNumber',
    component: RegisterEntryPage,
  }),
];

export const createPortalRouter = () => createRouter({ routeTree: rootRoute.addChildren(routes) });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createPortalRouter>;
  }
}
