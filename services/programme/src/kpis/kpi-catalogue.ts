import type { KpiDefinition } from './kpi-engine';
import { CERTIFICATION_HEADLINES, CERTIFICATION_KPIS } from './families/certification';
import { NOTIFICATION_HEADLINES, NOTIFICATION_KPIS } from './families/notifications';
import { REVALIDATION_HEADLINES, REVALIDATION_KPIS } from './families/revalidation';
import { VALIDATION_HEADLINES, VALIDATION_KPIS } from './families/validation';
import { BENEFIT_HEADLINES, BENEFIT_KPIS } from './families/benefit';

/**
 * Every KPI family the service computes, in the order `GET /v1/kpis` lists them. A new family is
 * a file under `families/` (see `kpi-engine.ts` for how it plugs in), its words in `messages/` and a
 * line here.
 */
const FAMILIES: readonly { kpis: readonly KpiDefinition[]; headlines: readonly string[] }[] = [
  { kpis: CERTIFICATION_KPIS, headlines: CERTIFICATION_HEADLINES },
  { kpis: REVALIDATION_KPIS, headlines: REVALIDATION_HEADLINES },
  { kpis: VALIDATION_KPIS, headlines: VALIDATION_HEADLINES },
  { kpis: NOTIFICATION_KPIS, headlines: NOTIFICATION_HEADLINES },
  { kpis: BENEFIT_KPIS, headlines: BENEFIT_HEADLINES },
];

export const KPI_DEFINITIONS: readonly KpiDefinition[] = FAMILIES.flatMap((family) => family.kpis);

const byId = new Map(KPI_DEFINITIONS.map((kpi) => [kpi.id, kpi]));
if (byId.size !== KPI_DEFINITIONS.length) throw new Error('Duplicate KPI id in the catalogue');

export const findKpi = (id: string): KpiDefinition | undefined => byId.get(id);

/** The KPIs Prometheus shows for the current month (national). */
export const HEADLINE_KPIS: readonly string[] = FAMILIES.flatMap((family) => family.headlines);
