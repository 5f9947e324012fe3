import { useState } from 'react';
import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkRequest, TextActionDialog } from '@aeo/web';

/**
 * A trader's written answer (an information request's reply, comments at the hearing, a corrective
 * action's answer: each body `{ response }`): the button and its dialog, the text checked against
 * the operation's request schema before sending (`service` and `operation` as the OpenAPI document
 * names them), the API's field errors beside the field; the page's data read again once sent.
 */
export function ReplyAction({
  service,
  operation,
  words,
  description,
  testId,
  send,
}: {
  service: 'applications' | 'validation';
  operation: string;
  /** The action's words: progress.<words> (button), <words>Title, <words>Effect, <words>Label (the field). */
  words: 'answer' | 'reply' | 'correct';
  description?: string;
  testId: string;
  send: (body: { response: string }, idempotencyKey: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const label = t(`progress.${words}`);
  return (
    <>
      <Button size="xs" onClick={() => setOpened(true)} data-testid={testId}>
        {label}
      </Button>
      <TextActionDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={t(`progress.${words}Title`)}
        effect={t(`progress.${words}Effect`)}
        submitLabel={label}
        field="response"
        label={t(`progress.${words}Label`)}
        description={description}
        testId={`${testId}-text`}
        send={async (response, key) => {
          const body = { response };
          checkRequest(service, operation, body, t);
          await send(body, key);
          await queryClient.invalidateQueries();
        }}
      />
    </>
  );
}
