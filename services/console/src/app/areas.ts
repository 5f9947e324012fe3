import { ROLES, type Role } from '@aeo/web/claims';

/** The menu's groups, in their order. */
export const AREA_GROUPS = ['work', 'monitoring', 'policy', 'recognition', 'operations'] as const;
export type AreaGroup = (typeof AREA_GROUPS)[number];

/** The console's areas, each with the roles it is for (the services still decide every call). */
export interface Area {
  path: string;
  /** i18n key of its label (a feature's own, e.g. `register.nav`, or a shared `nav.*`) */
  label: string;
  group: AreaGroup;
  roles: readonly Role[];
}

export const AREAS: readonly Area[] = [
  {
    path: '/applications',
    label: 'nav.applications',
    group: 'work',
    roles: [ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive],
  },
  {
    path: '/authorisations',
    label: 'register.nav.authorisations',
    group: 'work',
    roles: [ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive],
  },
  {
    path: '/cases',
    label: 'nav.cases',
    group: 'work',
    roles: [ROLES.validator, ROLES.regionalOffice, ROLES.executive],
  },
  { path: '/kpis', label: 'nav.kpis', group: 'monitoring', roles: [ROLES.executive, ROLES.policyUnit] },
  {
    path: '/recognition/arrangements',
    label: 'recognition.nav.arrangements',
    group: 'recognition',
    roles: [ROLES.mraOfficer, ROLES.executive],
  },
  {
    path: '/recognition/foreign-id-reviews',
    label: 'recognition.nav.foreignIdReviews',
    group: 'recognition',
    roles: [ROLES.mraOfficer, ROLES.executive],
  },
  {
    path: '/policy/programme',
    label: 'policy.nav.programme',
    group: 'policy',
    // The published programme is read by every staff role (GET /v1/programme): those who apply it too.
    roles: [
      ROLES.policyUnit,
      ROLES.mraOfficer,
      ROLES.executive,
      ROLES.regionalOffice,
      ROLES.contactOfficer,
      ROLES.validator,
    ],
  },
  {
    path: '/policy/scorecard',
    label: 'policy.nav.scorecard',
    group: 'policy',
    roles: [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice],
  },
  {
    path: '/policy/deviations',
    label: 'policy.nav.deviations',
    group: 'monitoring',
    roles: [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice],
  },
  {
    path: '/pilots',
    label: 'pilots.nav.pilots',
    group: 'policy',
    roles: [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice],
  },
  {
    path: '/pilots/companies',
    label: 'pilots.nav.companies',
    group: 'work',
    roles: [ROLES.contactOfficer, ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice],
  },
  { path: '/operations/workflows', label: 'nav.workflows', group: 'operations', roles: [ROLES.operations] },
  { path: '/operations/dead-letters', label: 'nav.deadLetters', group: 'operations', roles: [ROLES.operations] },
  { path: '/operations/alerts', label: 'alerts.nav', group: 'operations', roles: [ROLES.operations] },
  { path: '/operations/deliveries', label: 'deliveries.nav', group: 'operations', roles: [ROLES.operations] },
  { path: '/operations/health', label: 'nav.health', group: 'operations', roles: [ROLES.operations] },
];

/** Customs staff: everyone but a trader's users and partner administrations (the console is not for them). */
export const isStaff = (roles: readonly Role[]) =>
  roles.some((role) => role !== ROLES.operatorUser && role !== ROLES.partnerCustoms);

export const areasFor = (roles: readonly Role[]) => AREAS.filter((area) => area.roles.some((r) => roles.includes(r)));
