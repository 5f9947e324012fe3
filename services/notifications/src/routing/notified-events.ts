import { EVENT_DEFINITIONS, TOPIC_NAMES } from '@aeo/contracts';

/** The topics whose events reach people and platforms (the high-volume declaration and channel streams do not). */
export const NOTIFIED_TOPICS = [
  TOPIC_NAMES.applicationEvents,
  TOPIC_NAMES.certificationEvents,
  TOPIC_NAMES.validationEvents,
  TOPIC_NAMES.riskAlertEvents,
  TOPIC_NAMES.mraEvents,
  TOPIC_NAMES.programmeEvents,
  TOPIC_NAMES.pilotEvents,
];

export const NOTIFIED_DEFINITIONS = EVENT_DEFINITIONS.filter((definition) =>
  NOTIFIED_TOPICS.includes(definition.topic as never),
);

/** Event types for the administration's own staff only (`internal` definitions): never sent to a webhook. */
export const INTERNAL_EVENT_TYPES: readonly string[] = NOTIFIED_DEFINITIONS.filter(
  (definition) => definition.internal,
).map((definition) => definition.type);

/** Every event type a webhook may subscribe to (and `*` stands for): the notified ones but the internal ones. */
export const SUBSCRIBABLE_EVENT_TYPES: readonly string[] = NOTIFIED_DEFINITIONS.filter(
  (definition) => !definition.internal,
).map((definition) => definition.type);
