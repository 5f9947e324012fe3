import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, List, Paper, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, formatDate, QueryState, TONES, unwrap, useApi } from '@aeo/web';
import { QuestionCard, type Question } from './QuestionCard';
import { inLanguage, useEvidenceLimits, useProgramme } from './programme';

/**
 * The self-assessment of a draft, section by section and question by question: each answer
 * saved as the trader goes, help text and evidence per question, the list of what is still
 * missing (each a link to its question), and the submission with what happens next.
 */
export function WizardPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { applicationId } = useParams({ from: '/applications/$applicationId/self-assessment' });
  const path = { params: { path: { applicationId } } };
  const application = useQuery({
    queryKey: ['application', applicationId],
    queryFn: () => unwrap(api.applications.GET('/v1/applications/{applicationId}', path)),
  });
  const programme = useProgramme(application.data ? (application.data.programmeVersion ?? 1) : undefined);
  const answers = useQuery({
    queryKey: ['answers', applicationId],
    queryFn: () => unwrap(api.applications.GET('/v1/applications/{applicationId}/answers', path)),
  });
  const documents = useQuery({
    queryKey: ['documents', applicationId],
    queryFn: () => unwrap(api.applications.GET('/v1/applications/{applicationId}/documents', path)),
  });
  const limits = useEvidenceLimits();
  return (
    <Stack>
      <Anchor component={Link} to="/" size="sm">
        {t('wizard.back')}
      </Anchor>
      <QueryState query={application}>
        {(draft) => (
          <QueryState query={programme}>
            {({ document }) => (
              <QueryState query={answers}>
                {(saved) => (
                  <QueryState query={documents}>
                    {(attached) => (
                      <QueryState query={limits}>
                        {(evidenceLimits) => {
                          const type = document.statusTypes.find((each) => each.code === draft.statusType);
                          const sections = document.sections.filter((section) => type?.sections.includes(section.id));
                          return (
                            <Questionnaire
                              applicationId={applicationId}
                              title={t('wizard.title', {
                                name: type ? inLanguage(type.name, i18n.language) : draft.statusType,
                              })}
                              draft={draft.status === 'draft'}
                              sections={sections}
                              saved={saved}
                              documents={attached}
                              limits={evidenceLimits}
                              acceptanceDays={document.timeLimits.acceptanceDays}
                            />
                          );
                        }}
                      </QueryState>
                    )}
                  </QueryState>
                )}
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}

interface Section {
  id: string;
  title: { en: string; mn: string };
  questions: Question[];
}

function Questionnaire(props: {
  applicationId: string;
  title: string;
  draft: boolean;
  sections: Section[];
  saved: {
    answers: { questionId: string; value: string }[];
    completeness: { complete: boolean; missingAnswers: string[]; missingEvidence: string[] };
  };
  documents: Parameters<typeof QuestionCard>[0]['documents'];
  limits: Parameters<typeof QuestionCard>[0]['limits'];
  acceptanceDays: number;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { sections, saved, applicationId } = props;
  const [active, setActive] = useState(sections[0]?.id ?? '');
  const [focus, setFocus] = useState<string>();
  const questions = sections.flatMap((section) => section.questions);
  const numberOf = new Map(questions.map((question, i) => [question.id, i + 1]));
  const sectionOf = new Map(sections.flatMap((section) => section.questions.map((q) => [q.id, section.id] as const)));
  const { completeness } = saved;
  const answered = questions.length - completeness.missingAnswers.length;
  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.applications.POST('/v1/applications/{applicationId}/submission', {
          params: { path: { applicationId } },
        }),
      ),
    onSuccess: (application) => queryClient.setQueryData(['application', applicationId], application),
  });
  // A missing item's link opens the question's section, then moves the focus to the question.
  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(`question-${focus}`);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
    setFocus(undefined);
  }, [focus, active]);
  const goTo = (questionId: string) => {
    setActive(sectionOf.get(questionId) ?? active);
    setFocus(questionId);
  };
  const textOf = (questionId: string) => {
    const question = questions.find((q) => q.id === questionId);
    return question ? inLanguage(question.text, i18n.language) : questionId;
  };
  const index = sections.findIndex((section) => section.id === active);
  const submitted = submit.data;

  return (
    <Stack>
      <Title order={2}>{props.title}</Title>
      {submitted ? (
        <Alert color={TONES.good} title={t('wizard.submittedTitle')} role="status" data-testid="submitted">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('wizard.submittedText', {
                days: props.acceptanceDays,
                deadline: formatDate(submitted.acceptanceDeadline, i18n.language, true),
              })}
            </Text>
            <Anchor
              size="sm"
              renderRoot={(rootProps) => (
                <Link {...rootProps} to="/applications/$applicationId" params={{ applicationId }} />
              )}
            >
              {t('wizard.openApplication')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        !props.draft && (
          <Alert color={TONES.caution} data-testid="not-draft">
            {t('wizard.notDraft')}
          </Alert>
        )
      )}
      <Text>{t('wizard.intro')}</Text>
      <Stack gap={4}>
        <Text size="sm" data-testid="answered-progress">
          {t('wizard.progress', { answered, total: questions.length })}
        </Text>
        <Progress
          value={questions.length ? (answered / questions.length) * 100 : 0}
          aria-label={t('wizard.progress', { answered, total: questions.length })}
        />
      </Stack>
      <Tabs value={active} onChange={(value) => value && setActive(value)}>
        <Tabs.List aria-label={t('wizard.sections')}>
          {sections.map((section) => (
            <Tabs.Tab key={section.id} value={section.id} data-testid={`section-${section.id}`}>
              {inLanguage(section.title, i18n.language)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((section) => (
          <Tabs.Panel key={section.id} value={section.id} pt="md">
            <Stack>
              {section.questions.map((question) => (
                <QuestionCard
                  key={question.id}
                  applicationId={applicationId}
                  question={question}
                  number={numberOf.get(question.id) ?? 0}
                  total={questions.length}
                  saved={saved.answers.find((answer) => answer.questionId === question.id)?.value}
                  documents={props.documents.filter((document) => document.questionId === question.id)}
                  limits={props.limits}
                  readOnly={!props.draft || !!submitted}
                />
              ))}
              <Group justify="space-between">
                <Button
                  variant="default"
                  disabled={index <= 0}
                  onClick={() => setActive(sections[index - 1]!.id)}
                  data-testid="previous-section"
                >
                  {t('wizard.previous')}
                </Button>
                <Button
                  variant="default"
                  disabled={index >= sections.length - 1}
                  onClick={() => setActive(sections[index + 1]!.id)}
                  data-testid="next-section"
                >
                  {t('wizard.next')}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      {props.draft && !submitted && (
        <Paper withBorder p="lg">
          <Stack>
            <Title order={3} size="h4">
              {t('wizard.missingTitle')}
            </Title>
            {completeness.complete ? (
              <Text data-testid="complete">{t('wizard.complete')}</Text>
            ) : (
              <List size="sm" data-testid="missing-list">
                {completeness.missingAnswers.map((id) => (
                  <List.Item key={`answer-${id}`}>
                    <Anchor component="button" type="button" size="sm" onClick={() => goTo(id)}>
                      {t('wizard.missingAnswer', { question: textOf(id) })}
                    </Anchor>
                  </List.Item>
                ))}
                {completeness.missingEvidence.map((id) => (
                  <List.Item key={`evidence-${id}`}>
                    <Anchor component="button" type="button" size="sm" onClick={() => goTo(id)}>
                      {t('wizard.missingEvidence', { question: textOf(id) })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
            {submit.error && (
              <Alert color="red" role="alert" title={t('wizard.submitFailed')} data-testid="submit-error">
                {submit.error instanceof ApiError ? submit.error.message : String(submit.error)}
              </Alert>
            )}
            <Text size="sm" c="gray.7">
              {t('wizard.submitHint')}
            </Text>
            <Group>
              <Button
                onClick={() => submit.mutate()}
                disabled={!completeness.complete}
                loading={submit.isPending}
                data-testid="submit-application"
              >
                {t('wizard.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
