import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type DeliveryStatus = 'queued' | 'sent' | 'failed';
export type Channel = 'in-app' | 'email' | 'webhook';

/**
 * One notification to one recipient on one channel, and its delivery state. Unique per source
 * event, channel and recipient, so a redelivered event never yields a second one.
 * Recipients: `operator:<taxpayer id>` and `staff:<sub>` (in-app inboxes), `email:<address>`,
 * `webhook:<subscription id>`.
 */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'source_event_id', type: 'text' }) sourceEventId: string;
  @Column({ name: 'source_event_type', type: 'text' }) sourceEventType: string;
  @Column({ type: 'text' }) channel: Channel;
  @Column({ type: 'text' }) recipient: string;
  /** Who the routing table meant (operator, contact-officers, ..., platform). */
  @Column({ type: 'text', nullable: true }) audience: string | null;
  /** Where it goes: the email address or the webhook URL. */
  @Column({ type: 'text', nullable: true }) target: string | null;
  @Column({ name: 'subscription_id', type: 'uuid', nullable: true }) subscriptionId: string | null;
  @Column({ name: 'taxpayer_id', type: 'text', nullable: true }) taxpayerId: string | null;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'text' }) language: 'mn' | 'en';
  @Column({ type: 'text' }) template: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: DeliveryStatus;
  @Column({ type: 'integer' }) attempts: number;
  /** The delivery is dead-lettered (failed) when attempts reach this; a redelivery raises it. */
  @Column({ name: 'dead_letter_after', type: 'integer' }) deadLetterAfter: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true, select: false }) lockedUntil: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true }) failedAt: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One try to deliver a notification (sent, failed with its reason, or held back by a rate limit). */
@Entity({ name: 'delivery_attempts' })
export class DeliveryAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'notification_id', type: 'uuid' }) notificationId: string;
  @Column({ type: 'integer' }) attempt: number;
  @Column({ type: 'text' }) outcome: 'sent' | 'failed' | 'rate-limited';
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'response_status', type: 'integer', nullable: true }) responseStatus: number | null;
  @Column({ name: 'duration_ms', type: 'integer' }) durationMs: number;
  @Column({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt: Date;
}
