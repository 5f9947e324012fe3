/** Advisory-lock namespace of the outbox (first key of the two-key advisory lock). */
export const OUTBOX_LOCK_SPACE = 0x0a30b0;
