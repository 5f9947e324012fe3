/**
 * The KPIs as the rest of the service imports them: the engine's vocabulary and SQL
 * (`kpi-engine.ts`, which also says how a family plugs in) and the catalogue of families
 * (`kpi-catalogue.ts`, one file per family under `families/`, their words in `messages/`).
 */
export * from './kpi-engine';
export * from './kpi-catalogue';
