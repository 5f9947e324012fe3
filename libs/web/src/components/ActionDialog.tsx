import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/clients';

/**
 * A person's action: says what it will do, takes its fields (the required reason among them),
 * sends it once per opening (one Idempotency-Key, so a retry after a lost answer changes nothing
 * twice), and shows the API's refusal with each field's message beside the field.
 */
export function ActionDialog({
  opened,
  onClose,
  title,
  effect,
  submitLabel,
  submitColor,
  children,
  onSubmit,
  fieldLabels = {},
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the action will do, in the person's words. */
  effect: string;
  submitLabel: string;
  submitColor?: string;
  /** The fields, given the API's field errors of the last attempt. */
  children: (fieldErrors: Record<string, string>) => ReactNode;
  /** Sends the action with this opening's idempotency key; returns a local validation message to refuse. */
  onSubmit: (idempotencyKey: string) => Promise<string | void>;
  /** Each body field's label as the dialog shows it, for the summary of a refusal (else a humanised field name). */
  fieldLabels?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | string>();
  const close = () => {
    setFailure(undefined);
    setKey(crypto.randomUUID());
    onClose();
  };
  const submit = async () => {
    setPending(true);
    setFailure(undefined);
    try {
      const refusal = await onSubmit(key);
      if (refusal) setFailure(refusal);
      else close();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : String(error));
    } finally {
      setPending(false);
    }
  };
  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  // Refused by the app's own check against the request schema (nothing was sent), or by the dialog.
  const local = !(failure instanceof ApiError) || failure.checkedBeforeSending;
  // The fields refused, named as the dialog labels them (each message also shows beside its field).
  const refusedFields = (
    failure instanceof ApiError && [400, 422].includes(failure.status) ? Object.entries(fieldErrors) : []
  ).map(([field, message]) => `${fieldLabels[field] ?? humanise(field)}: ${message}`);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Alert color="blue" title={t('action.whatItDoes')}>
            {effect}
          </Alert>
          {children(fieldErrors)}
          {failure && (
            <Alert
              color="red"
              title={local ? t('check.title') : t('action.refused')}
              role="alert"
              data-testid="action-error"
            >
              {refusedFields.length ? (
                <Stack gap={2} data-testid="action-error-fields">
                  {refusedFields.map((line) => (
                    <Text size="sm" key={line}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              ) : (
                <Text size="sm">
                  {failure instanceof ApiError && !local
                    ? `${failure.status}: ${failure.message}`
                    : String(failure instanceof ApiError ? failure.message : failure)}
                </Text>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={pending} color={submitColor} data-testid="action-submit">
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A body field's path as words when the dialog gives no label: `rootCause` Root cause, `evidence.0` Evidence 1. */
export function humanise(field: string): string {
  const words = field
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2')))
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
