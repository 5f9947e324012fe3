import type { ReactNode } from 'react';
import { Badge, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../features/application-wizard/programme';

/** A question of the programme's self-assessment (GET /v1/programme: a section's question). */
export interface Question {
  id: string;
  text: { en: string; mn: string };
  answer: 'yes-no' | 'text';
  evidenceRequired?: boolean;
  help?: { en: string; mn: string };
}

/**
 * A self-assessment question's answer field, as the application's wizard and the revalidation's
 * update ask it: "Question n of m" and the text in the page's language, yes/no as radios or a
 * free text, `status` under it (the wizard's saving/saved), and the help text the field is
 * described by. The caller keeps the value and saves it.
 */
export function QuestionField({
  question,
  number,
  total,
  value,
  onChange,
  readOnly = false,
  error,
  status,
}: {
  question: Question;
  number: number;
  total: number;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  error?: string;
  status?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const label = (
    <>
      <Text span size="xs" c="gray.7" display="block">
        {t('wizard.question', { number, total })}
      </Text>
      {inLanguage(question.text, i18n.language)}
    </>
  );
  const helpId = `help-${question.id}`;
  return (
    <Stack gap="sm">
      {question.answer === 'yes-no' ? (
        <Radio.Group
          label={label}
          value={value}
          onChange={onChange}
          aria-describedby={question.help ? helpId : undefined}
          readOnly={readOnly}
          error={error}
        >
          <Group mt="xs">
            <Radio value="yes" label={t('wizard.yes')} disabled={readOnly} />
            <Radio value="no" label={t('wizard.no')} disabled={readOnly} />
          </Group>
        </Radio.Group>
      ) : (
        <Textarea
          label={label}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={10_000}
          readOnly={readOnly}
          aria-describedby={question.help ? helpId : undefined}
          error={error}
          data-testid={`answer-${question.id}`}
        />
      )}
      {status}
      {question.help && (
        <Text size="sm" c="gray.8" id={helpId} data-testid={`help-${question.id}`}>
          <Badge variant="light" size="sm" mr="xs" component="span">
            {t('wizard.help')}
          </Badge>
          {inLanguage(question.help, i18n.language)}
        </Text>
      )}
    </Stack>
  );
}
