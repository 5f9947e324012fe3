import type { EventDefinition } from './define-event';

// Events of the mra service on TOPIC_NAMES.mraEvents (keyed by arrangement id).
export const MRA_MATCHING_EVENTS: readonly EventDefinition[] = [];
