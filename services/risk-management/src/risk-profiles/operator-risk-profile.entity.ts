import { Column, Entity, PrimaryColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import type { RiskFactor } from '../scoring/risk-model';

/** PostgreSQL returns numeric as a string (arbitrary precision); the API speaks numbers. */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * What customs risk management knows about a trader: its AEO status and risk score. Keyed by
 * taxpayer, because traders declare goods long before (or without ever) becoming an operator.
 */
@Entity({ name: 'operator_risk_profiles' })
export class OperatorRiskProfileEntity {
  @PrimaryColumn('text', { name: 'taxpayer_id' }) taxpayerId: string;
  @Column('uuid', { name: 'operator_id', nullable: true }) operatorId: string | null;
  @Column({ name: 'aeo_status', type: 'text', nullable: true }) aeoStatus: string | null;
  @Column({ name: 'status_type', type: 'text', nullable: true }) statusType: string | null;
  @Column({ name: 'risk_score', type: 'numeric', nullable: true, transformer: numericToNumber }) riskScore: number | null;
  @Column({ name: 'risk_factors', type: 'jsonb', nullable: true }) riskFactors: RiskFactor[] | null;
  @Column({ name: 'model_version', type: 'text', nullable: true }) modelVersion: string | null;
  @Column({ name: 'scored_at', type: 'timestamptz', nullable: true }) scoredAt: Date | null;
  @Column({ name: 'declarations_total', type: 'bigint', transformer: numericToNumber }) declarationsTotal: number;
  @Column({ name: 'first_declaration_at', type: 'timestamptz', nullable: true }) firstDeclarationAt: Date | null;
  @Column({ name: 'last_declaration_at', type: 'timestamptz', nullable: true }) lastDeclarationAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
