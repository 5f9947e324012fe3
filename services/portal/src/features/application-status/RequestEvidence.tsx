import { useState } from 'react';
import { Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ApplicationsComponents, QueryState, unwrap, useApi } from '@aeo/web';
import { EvidencePanel } from '../application-wizard/EvidencePanel';
import { inLanguage, useEvidenceLimits, useProgramme } from '../application-wizard/programme';

type Application = ApplicationsComponents['schemas']['ApplicationDto_Output'];

/**
 * Documents for customs' request, while the application is open (POST …/documents takes evidence
 * until the decision): the question of the self-assessment it belongs to, then the wizard's upload
 * (checked against the evidence limits before sending, with its progress); not removable after the draft.
 */
export function RequestEvidence({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [questionId, setQuestionId] = useState<string | null>(null);
  const programme = useProgramme(application.programmeVersion ?? 1);
  const limits = useEvidenceLimits();
  const documents = useQuery({
    queryKey: ['documents', application.id],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/documents', {
          params: { path: { applicationId: application.id } },
        }),
      ),
  });
  return (
    <QueryState query={programme}>
      {({ document }) => {
        const type = document.statusTypes.find((each) => each.code === application.statusType);
        const questions = document.sections
          .filter((section) => type?.sections.includes(section.id))
          .flatMap((section) => section.questions);
        return (
          <Stack gap="xs" data-testid="request-evidence">
            <Select
              label={t('progress.evidenceQuestion')}
              description={t('progress.evidenceHint')}
              data={questions.map((question) => ({
                value: question.id,
                label: inLanguage(question.text, i18n.language),
              }))}
              value={questionId}
              onChange={setQuestionId}
              searchable
              data-testid="evidence-question"
            />
            {questionId && (
              <QueryState query={limits}>
                {(evidenceLimits) => (
                  <EvidencePanel
                    applicationId={application.id}
                    questionId={questionId}
                    required={false}
                    documents={(documents.data ?? []).filter((each) => each.questionId === questionId)}
                    limits={evidenceLimits}
                    readOnly={false}
                    removable={false}
                  />
                )}
              </QueryState>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
