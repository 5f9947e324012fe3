import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StatusType } from '@aeo/contracts';

/** The AEO register as risk management sees it: one row per taxpayer, from certification events. */
@Entity({ name: 'aeo_status' })
export class AeoStatusEntity {
  @PrimaryColumn('text', { name: 'taxpayer_id' }) taxpayerId: string;
  @Column('uuid', { name: 'operator_id' }) operatorId: string;
  @Column('text', { name: 'authorisation_number' }) authorisationNumber: string;
  @Column('text', { name: 'status_type' }) statusType: StatusType;
  @Column('text') status: 'granted' | 'suspended' | 'revoked' | 'surrendered';
  @Column('text', { name: 'suspended_scope', nullable: true }) suspendedScope: 'whole' | 'security' | null;
  /** The authorisation's own effective date, from the grant; a later change never moves it. */
  @Column('timestamptz', { name: 'effective_from' }) effectiveFrom: Date;
  /** When the current status takes effect (a suspension, reinstatement, revocation or surrender); null: the grant's date. */
  @Column('timestamptz', { name: 'status_effective_from', nullable: true }) statusEffectiveFrom: Date | null;
  @Column('boolean', { name: 'consent_to_mra_sharing' }) consentToMraSharing: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  /** Time of the last applied event; an older event is ignored (replays, out-of-order feeds). */
  @Column('timestamptz', { name: 'last_event_at' }) lastEventAt: Date;
}
