import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'queued' | 'delivered' | 'failed';

/** One notification to one recipient on one channel, with its delivery log. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'source_event_id', type: 'text' }) sourceEventId: string;
  @Column({ name: 'source_event_type', type: 'text' }) sourceEventType: string;
  @Column({ type: 'text' }) channel: 'in-app' | 'email' | 'webhook';
  @Column({ type: 'text' }) recipient: string;
  @Column({ name: 'taxpayer_id', type: 'text', nullable: true }) taxpayerId: string | null;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'text' }) language: 'mn' | 'en';
  @Column({ type: 'text' }) template: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: DeliveryStatus;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}
