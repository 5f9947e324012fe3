import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '@aeo/contracts';

export interface OperatorAddress {
  street: string;
  city: string;
  postalCode?: string;
  country: string;
}

export interface OperatorContact {
  name: string;
  email: string;
  phone?: string;
  language: Language;
}

/** A trader registered with the programme (importer, exporter, broker, forwarder, ...). */
@Entity({ name: 'operators' })
export class OperatorEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'taxpayer_id', type: 'text' }) taxpayerId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'legal_form', type: 'text' }) legalForm: string;
  @Column({ type: 'text' }) region: string;
  @Column({ name: 'customs_office', type: 'text' }) customsOffice: string;
  @Column('text', { name: 'supply_chain_roles', array: true }) supplyChainRoles: string[];
  @Column('jsonb') address: OperatorAddress;
  @Column('jsonb') contact: OperatorContact;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
