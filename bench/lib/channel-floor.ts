import { randomUUID } from 'node:crypto';
import { ChannelDecided, DeclarationLodged, toKafkaRecord, type KafkaRecord } from '@aeo/contracts';

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
  const declaration = parsed.data;
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
        channel: 'green',
        riskScore: 0,
        firedRules: [],
        benefitsApplied: [],
        randomSelection: { draw: 0.5, rate: 0.1, selected: false },
        priority: false,
        priorNotice: false,
        modelVersion: 'floor',
        decidedAt,
      },
    },
    declaration.traderTaxpayerId,
  );
}
