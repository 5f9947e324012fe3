import { useEffect, useRef, useState } from 'react';
import { Badge, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, unwrap, useApi } from '@aeo/web';
import { EvidencePanel, type EvidenceDocument } from './EvidencePanel';
import type { EvidenceLimits } from './evidence-upload';
import { inLanguage } from './programme';

/** The service's shortest free-text answer (PUT answers refuses shorter). */
export const MIN_TEXT_ANSWER = 10;
/** An answer is saved this long after the last keystroke. */
export const SAVE_DELAY_MS = 700;

export interface Question {
  id: string;
  text: { en: string; mn: string };
  answer: 'yes-no' | 'text';
  evidenceRequired?: boolean;
  help?: { en: string; mn: string };
}

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
  const { t, i18n } = useTranslation();
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
  const label = (
    <>
      <Text span size="xs" c="gray.7" display="block">
        {t('wizard.question', { number: props.number, total: props.total })}
      </Text>
      {inLanguage(question.text, i18n.language)}
    </>
  );
  const helpId = `help-${question.id}`;
  const tooShort = question.answer === 'text' && value.trim().length > 0 && value.trim().length < MIN_TEXT_ANSWER;
  return (
    <Paper withBorder p="lg" id={`question-${question.id}`} tabIndex={-1} data-testid={`question-${question.id}`}>
      <Stack gap="sm">
        {question.answer === 'yes-no' ? (
          <Radio.Group
            label={label}
            value={value}
            onChange={change}
            aria-describedby={question.help ? helpId : undefined}
            readOnly={props.readOnly}
          >
            <Group mt="xs">
              <Radio value="yes" label={t('wizard.yes')} disabled={props.readOnly} />
              <Radio value="no" label={t('wizard.no')} disabled={props.readOnly} />
            </Group>
          </Radio.Group>
        ) : (
          <Textarea
            label={label}
            value={value}
            onChange={(event) => change(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={10_000}
            readOnly={props.readOnly}
            aria-describedby={question.help ? helpId : undefined}
            error={tooShort ? t('wizard.tooShort', { min: MIN_TEXT_ANSWER }) : undefined}
            data-testid={`answer-${question.id}`}
          />
        )}
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
        {question.help && (
          <Text size="sm" c="gray.8" id={helpId} data-testid={`help-${question.id}`}>
            <Badge variant="light" size="sm" mr="xs" component="span">
              {t('wizard.help')}
            </Badge>
            {inLanguage(question.help, i18n.language)}
          </Text>
        )}
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
