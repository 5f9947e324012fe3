import type { Type } from '@nestjs/common';
import type { ServiceDescription } from '@aeo/service-kit';

/** Every HTTP service, its module and API description, for the OpenAPI documents. */
export async function loadServices(): Promise<{ name: string; module: Type<unknown>; api: ServiceDescription }[]> {
  const [
    applications,
    applicationsMain,
    validation,
    validationMain,
    risk,
    riskMain,
    mra,
    mraMain,
    notifications,
    notificationsMain,
    programme,
    programmeMain,
    operations,
    operationsMain,
  ] = await Promise.all([
    import('../../services/applications/src/app.module'),
    import('../../services/applications/src/main'),
    import('../../services/validation/src/app.module'),
    import('../../services/validation/src/main'),
    import('../../services/risk-management/src/app.module'),
    import('../../services/risk-management/src/main'),
    import('../../services/mra/src/app.module'),
    import('../../services/mra/src/main'),
    import('../../services/notifications/src/app.module'),
    import('../../services/notifications/src/main'),
    import('../../services/programme/src/app.module'),
    import('../../services/programme/src/main'),
    import('../../services/operations/src/app.module'),
    import('../../services/operations/src/main'),
  ]);
  return [
    { name: 'applications', module: applications.AppModule, api: applicationsMain.APPLICATIONS_API },
    { name: 'validation', module: validation.AppModule, api: validationMain.VALIDATION_API },
    { name: 'risk-management', module: risk.AppModule, api: riskMain.RISK_MANAGEMENT_API },
    { name: 'mra', module: mra.AppModule, api: mraMain.MRA_API },
    { name: 'notifications', module: notifications.AppModule, api: notificationsMain.NOTIFICATIONS_API },
    { name: 'programme', module: programme.AppModule, api: programmeMain.PROGRAMME_API },
    { name: 'operations', module: operations.AppModule, api: operationsMain.OPERATIONS_API },
  ];
}
