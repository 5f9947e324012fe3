import { runSqlChanged, type SqlRunner } from '@aeo/persistence';
import { raiseRiskAlert as insertAlert } from './alerts.queries';

export interface RiskAlert {
  alertId: string;
  taxpayerId: string;
  operatorId: string;
  severity: 'serious' | 'critical';
  recommendation: string;
  reason: string;
  /** The compliance event behind the alert: one alert per event. */
  sourceEventId: string;
  raisedAt: string;
}

/** Stores an alert unless its compliance event raised one already; true when stored. */
export async function raiseRiskAlert(runner: SqlRunner, alert: RiskAlert): Promise<boolean> {
  return runSqlChanged(insertAlert, alert, runner);
}
