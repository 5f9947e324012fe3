import { randomUUID } from 'node:crypto';
import { ChannelDecided, DeclarationLodged, type EventData, toKafkaRecord, type KafkaRecord } from '@aeo/contracts';

/**
 * The least any channel decision must do with one record, whatever the Kafka client: read the
 * declaration (the CloudEvents type header read directly, the JSON value, the contract's zod
 * schema) and build one `ChannelDecided` record for it (the platform's `toKafkaRecord`). No
 * decision logic, no state. Undefined for a record that is no valid declaration.
 */
export function floorDecisionOf(
  ceType: string | undefined,
  value: Buffer | null | undefined,
  source: string,
): KafkaRecord | undefined {
  if (ceType !== DeclarationLodged.type || !value) return undefined;
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(value.toString());
  } catch {
    return undefined;
  }
  const parsed = DeclarationLodged.schema.safeParse(parsedJson);
  if (!parsed.success) return undefined;
  return channelDecidedRecord(parsed.data, FLOOR_DECISION, source);
}

const FLOOR_DECISION: Omit<
  EventData<typeof ChannelDecided>,
  'decisionId' | 'declarationId' | 'traderTaxpayerId' | 'decidedAt'
> = {
  aeoStatusType: null,
  channel: 'green',
  riskScore: 0,
  firedRules: [],
  benefitsApplied: [],
  randomSelection: { draw: 0.5, rate: 0.1, selected: false },
  priority: false,
  priorNotice: false,
  modelVersion: 'floor',
};

/** The `ChannelDecided` record of a declaration's decision, decided now (keyed by its trader). */
export function channelDecidedRecord(
  declaration: Pick<EventData<typeof DeclarationLodged>, 'declarationId' | 'traderTaxpayerId'>,
  decision: Omit<EventData<typeof ChannelDecided>, 'decisionId' | 'declarationId' | 'traderTaxpayerId' | 'decidedAt'>,
  source: string,
): KafkaRecord {
  const decidedAt = new Date().toISOString();
  return toKafkaRecord(
    {
      id: randomUUID(),
      type: ChannelDecided.type,
      source,
      subject: declaration.declarationId,
      time: decidedAt,
      data: {
        decisionId: randomUUID(),
        declarationId: declaration.declarationId,
        traderTaxpayerId: declaration.traderTaxpayerId,
        ...decision,
        decidedAt,
      },
    },
    declaration.traderTaxpayerId,
  );
}
