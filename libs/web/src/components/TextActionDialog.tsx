import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
import { CountedTextarea } from './CountedTextarea';

/**
 * An operations action whose one field is a required text (a dead letter's reason, a watchdog
 * alert's note, a redelivery's reason): the ActionDialog with that field, empty at each opening;
 * `send` gets the trimmed text and the opening's Idempotency-Key, and the API's field error for
 * `field` shows beside it.
 */
export function TextActionDialog({
  opened,
  onClose,
  title,
  effect,
  submitLabel,
  field,
  label,
  description,
  testId,
  send,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  effect: string;
  submitLabel: string;
  /** The body's field the text goes in (its API field errors show beside it). */
  field: string;
  label: string;
  description?: string;
  testId: string;
  send: (text: string, idempotencyKey: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  return (
    <ActionDialog
      opened={opened}
      onClose={() => {
        setText('');
        onClose();
      }}
      title={title}
      effect={effect}
      submitLabel={submitLabel}
      onSubmit={async (key) => {
        await send(text.trim(), key);
        setText('');
      }}
    >
      {(errors) => (
        <CountedTextarea
          maxLength={2000}
          label={label}
          description={description}
          required
          autosize
          minRows={2}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors[field]}
          data-testid={testId}
        />
      )}
    </ActionDialog>
  );
}
