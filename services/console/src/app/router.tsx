import { Text } from '@mantine/core';
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApplicationPage } from '../features/applications/ApplicationPage';
import { ApplicationQueuePage } from '../features/applications/ApplicationQueuePage';
import { queueSearchSchema } from '../features/applications/queue-search';
import { CasePage } from '../features/cases/CasePage';
import { CaseQueuePage } from '../features/cases/CaseQueuePage';
import { caseSearchSchema } from '../features/cases/case-search';
import { HomePage } from '../features/home/HomePage';
import { DeadLettersPage } from '../features/operations/DeadLettersPage';
import { deadLetterSearchSchema } from '../features/operations/dead-letter-search';
import { HealthPage } from '../features/operations/HealthPage';
import { WorkflowPage } from '../features/operations/WorkflowPage';
import { WorkflowsPage } from '../features/operations/WorkflowsPage';
import { workflowSearchSchema } from '../features/operations/workflow-search';
import { DeliveriesPage } from '../features/operations/DeliveriesPage';
import { deliverySearchSchema } from '../features/operations/delivery-search';
import { WatchdogAlertsPage } from '../features/operations/WatchdogAlertsPage';
import { alertSearchSchema } from '../features/operations/alert-search';
import { z } from 'zod';
import { KpiDashboardPage } from '../features/kpis/KpiDashboardPage';
import { kpiSearchSchema } from '../features/kpis/kpi-search';
import { DeviationPage } from '../features/policy/DeviationPage';
import { DeviationsPage } from '../features/policy/DeviationsPage';
import { deviationSearchSchema, programmeSearchSchema, scorecardSearchSchema } from '../features/policy/policy-search';
import { ProgrammePage } from '../features/policy/ProgrammePage';
import { ScorecardPage } from '../features/policy/ScorecardPage';
import { PilotCompaniesPage } from '../features/pilots/PilotCompaniesPage';
import { PilotPage } from '../features/pilots/PilotPage';
import { PilotsPage } from '../features/pilots/PilotsPage';
import { companySearchSchema, pilotSearchSchema } from '../features/pilots/pilot-search';
import { AuthorisationListPage } from '../features/register/AuthorisationListPage';
import { AuthorisationPage } from '../features/register/AuthorisationPage';
import { registerSearchSchema } from '../features/register/register-search';
import { ArrangementPage } from '../features/recognition/ArrangementPage';
import { ArrangementsPage } from '../features/recognition/ArrangementsPage';
import { ForeignIdReviewsPage } from '../features/recognition/ForeignIdReviewsPage';
import {
  arrangementPageSearchSchema,
  arrangementSearchSchema,
  reviewSearchSchema,
} from '../features/recognition/recognition-search';
import { CallbackPage } from './CallbackPage';
import { Layout } from './Layout';

function NotFound() {
  const { t } = useTranslation();
  return <Text>{t('app.notFound')}</Text>;
}

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const callbackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/callback', component: CallbackPage });
const applicationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/applications',
  validateSearch: queueSearchSchema,
  component: ApplicationQueuePage,
});
const applicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/applications/$applicationId',
  component: ApplicationPage,
});
const workflowsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operations/workflows',
  validateSearch: workflowSearchSchema,
  component: WorkflowsPage,
});
const workflowRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operations/workflows/$workflowId',
  validateSearch: z.object({ runId: z.string().max(100).optional().catch(undefined) }),
  component: WorkflowPage,
});
const casesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases',
  validateSearch: caseSearchSchema,
  component: CaseQueuePage,
});
const caseRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cases/$caseId', component: CasePage });
const deadLettersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operations/dead-letters',
  validateSearch: deadLetterSearchSchema,
  component: DeadLettersPage,
});
const healthRoute = createRoute({ getParentRoute: () => rootRoute, path: '/operations/health', component: HealthPage });
const alertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operations/alerts',
  validateSearch: alertSearchSchema,
  component: WatchdogAlertsPage,
});
const deliveriesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operations/deliveries',
  validateSearch: deliverySearchSchema,
  component: DeliveriesPage,
});
const kpisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kpis',
  validateSearch: kpiSearchSchema,
  component: KpiDashboardPage,
});
const programmeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policy/programme',
  validateSearch: programmeSearchSchema,
  component: ProgrammePage,
});
const scorecardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policy/scorecard',
  validateSearch: scorecardSearchSchema,
  component: ScorecardPage,
});
const deviationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policy/deviations',
  validateSearch: deviationSearchSchema,
  component: DeviationsPage,
});
const deviationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policy/deviations/$caseId',
  component: DeviationPage,
});
const pilotsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pilots',
  validateSearch: pilotSearchSchema,
  component: PilotsPage,
});
const pilotCompaniesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pilots/companies',
  validateSearch: companySearchSchema,
  component: PilotCompaniesPage,
});
const pilotRoute = createRoute({ getParentRoute: () => rootRoute, path: '/pilots/$id', component: PilotPage });

const authorisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authorisations',
  validateSearch: registerSearchSchema,
  component: AuthorisationListPage,
});
const authorisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authorisations/$authorisationNumber',
  component: AuthorisationPage,
});

const arrangementsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recognition/arrangements',
  validateSearch: arrangementSearchSchema,
  component: ArrangementsPage,
});
const arrangementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recognition/arrangements/$arrangementId',
  validateSearch: arrangementPageSearchSchema,
  component: ArrangementPage,
});
const foreignIdReviewsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recognition/foreign-id-reviews',
  validateSearch: reviewSearchSchema,
  component: ForeignIdReviewsPage,
});

export const routeTree = rootRoute.addChildren([
  homeRoute,
  callbackRoute,
  applicationsRoute,
  applicationRoute,
  authorisationsRoute,
  authorisationRoute,
  casesRoute,
  caseRoute,
  kpisRoute,
  arrangementsRoute,
  arrangementRoute,
  foreignIdReviewsRoute,
  programmeRoute,
  scorecardRoute,
  deviationsRoute,
  deviationRoute,
  pilotsRoute,
  pilotCompaniesRoute,
  pilotRoute,
  workflowsRoute,
  workflowRoute,
  deadLettersRoute,
  healthRoute,
  alertsRoute,
  deliveriesRoute,
]);
export { rootRoute };

export function createConsoleRouter() {
  return createRouter({ routeTree, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
