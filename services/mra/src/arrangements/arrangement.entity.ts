import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A mutual recognition arrangement with one partner customs administration. */
@Entity({ name: 'mutual_recognition_arrangements' })
export class ArrangementEntity {
  @PrimaryColumn('uuid') id: string;
  /** ISO 3166-1 alpha-2 code of the partner country. */
  @Column({ name: 'partner_country', type: 'char', length: 2 }) partnerCountry: string;
  @Column({ name: 'partner_administration', type: 'text' }) partnerAdministration: string;
  @Column({ type: 'text' }) phase: string;
  /** Calendar date (YYYY-MM-DD) the arrangement was signed; null while it is negotiated. */
  @Column({ name: 'signed_on', type: 'date', nullable: true }) signedOn: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
