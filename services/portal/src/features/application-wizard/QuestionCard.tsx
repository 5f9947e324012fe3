import { useEffect, useRef, useState } from 'react';
import { Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, unwrap, useApi } from '@aeo/web';
import { EvidencePanel, type EvidenceDocument } from './EvidencePanel';
import type { EvidenceLimits } from './evidence-upload';
import { type Question, QuestionField } from '../../shared/QuestionField';

/** The service's shortest free-text answer (PUT answers refuses shorter). */
export const MIN_TEXT_ANSWER = 10;
/** An answer is saved this long after the last keystroke. */
export const SAVE_DELAY_MS = 700;
export type { Question };

/**
 * One question: its answer saved as the trader goes (PUT answers, debounced; saving/saved shown),
 * its help text and its evidence.
 */
export function QuestionCard(props: {
  applicationId: string;
  question: Question;
  number: number;
  total: number;
  saved: string | undefined;
  documents: EvidenceDocument[];
  limits: EvidenceLimits;
  readOnly: boolean;
}) {
  const { question, applicationId } = props;
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(props.saved ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const save = useMutation({
    mutationFn: (answer: string) =>
      unwrap(
        api.applications.PUT('/v1/applications/{applicationId}/answers', {
          params: { path: { applicationId } },
          body: { answers: [{ questionId: question.id, value: answer }] },
        }),
      ),
    onSuccess: (result) =>
      queryClient.setQueryData(['answers', applicationId], (old: object | undefined) =>
        old ? { ...old, completeness: result.completeness } : old,
      ),
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (next: string) => {
    setValue(next);
    clearTimeout(timer.current);
    const ready = question.answer === 'yes-no' || next.trim().length >= MIN_TEXT_ANSWER;
    if (ready)
      timer.current = setTimeout(() => save.mutate(next.trim()), question.answer === 'yes-no' ? 0 : SAVE_DELAY_MS);
  };
  const tooShort = question.answer === 'text' && value.trim().length > 0 && value.trim().length < MIN_TEXT_ANSWER;
  return (
    <Paper withBorder p="lg" id={`question-${question.id}`} tabIndex={-1} data-testid={`question-${question.id}`}>
      <Stack gap="sm">
        <QuestionField
          question={question}
          number={props.number}
          total={props.total}
          value={value}
          onChange={change}
          readOnly={props.readOnly}
          error={tooShort ? t('wizard.tooShort', { min: MIN_TEXT_ANSWER }) : undefined}
          status={
            <Text
              size="xs"
              aria-live="polite"
              data-testid={`save-state-${question.id}`}
              c={save.isError ? 'red.8' : 'gray.7'}
            >
              {save.isPending
                ? t('wizard.saving')
                : save.isError
                  ? t('wizard.saveFailed', {
                      message: save.error instanceof ApiError ? save.error.message : String(save.error),
                    })
                  : save.isSuccess
                    ? t('wizard.saved')
                    : ''}
            </Text>
          }
        />
        <EvidencePanel
          applicationId={applicationId}
          questionId={question.id}
          required={!!question.evidenceRequired}
          documents={props.documents}
          limits={props.limits}
          readOnly={props.readOnly}
        />
      </Stack>
    </Paper>
  );
}
