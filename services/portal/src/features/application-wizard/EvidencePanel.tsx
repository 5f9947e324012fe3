import { useState } from 'react';
import { Alert, Button, CloseButton, FileButton, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, TONES, unwrap, useApi, useAuth } from '@aeo/web';
import { acceptOf, evidenceProblem, type EvidenceLimits, formatBytes, uploadEvidence } from './evidence-upload';

export interface EvidenceDocument {
  id: string;
  questionId: string;
  fileName: string;
  sizeBytes: number;
}

/** What the last upload or removal did, translated when shown (the language may change after). */
type Notice = { tone: 'red' | 'good'; key: string; values: Record<string, string> } | undefined;

/**
 * A question's evidence: its documents (each removable from a draft), and an upload with a
 * progress bar; a file over the size limit or of another type is refused before it is sent,
 * naming the limit.
 */
export function EvidencePanel(props: {
  applicationId: string;
  questionId: string;
  required: boolean;
  documents: EvidenceDocument[];
  limits: EvidenceLimits;
  readOnly: boolean;
  /** Documents can be removed (only from a draft; the default: when not read-only). */
  removable?: boolean;
}) {
  const { applicationId, questionId, limits } = props;
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [notice, setNotice] = useState<Notice>();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['documents', applicationId] }),
      queryClient.invalidateQueries({ queryKey: ['answers', applicationId] }),
    ]);
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  const upload = async (file: File | null) => {
    if (!file) return;
    const problem = evidenceProblem(file, limits);
    if (problem) {
      setNotice({
        tone: 'red',
        key: `wizard.${problem}`,
        values: { name: file.name, size: size(file.size), limit: size(limits.maxBytes) },
      });
      return;
    }
    setNotice(undefined);
    setProgress({ name: file.name, percent: 0 });
    try {
      const answer = await uploadEvidence({
        url: `${window.location.origin}/api/applications/v1/applications/${applicationId}/documents`,
        token: user?.access_token,
        language: i18n.language,
        questionId,
        file,
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      if (answer.status === 201) {
        setNotice({ tone: 'good', key: 'wizard.uploaded', values: { name: file.name } });
        await refresh();
      } else {
        const body = answer.body as { message?: string } | string;
        const message = typeof body === 'string' ? body : (body.message ?? `HTTP ${answer.status}`);
        setNotice({ tone: 'red', key: 'wizard.uploadFailed', values: { name: file.name, message } });
      }
    } catch (error) {
      setNotice({ tone: 'red', key: 'wizard.uploadFailed', values: { name: file.name, message: String(error) } });
    } finally {
      setProgress(undefined);
    }
  };

  const remove = useMutation({
    mutationFn: (document: EvidenceDocument) =>
      unwrap(
        api.applications.DELETE('/v1/applications/{applicationId}/documents/{documentId}', {
          params: { path: { applicationId, documentId: document.id } },
        }),
      ),
    onSuccess: async (_, document) => {
      setNotice({ tone: 'good', key: 'wizard.removed', values: { name: document.fileName } });
      await refresh();
    },
    onError: (error, document) =>
      setNotice({
        tone: 'red',
        key: 'wizard.uploadFailed',
        values: {
          name: document.fileName,
          message: error instanceof ApiError ? error.message : String(error),
        },
      }),
  });

  return (
    <Stack gap="xs" data-testid={`evidence-${questionId}`}>
      <Text size="sm" fw={600}>
        {props.required ? t('wizard.evidenceRequired') : t('wizard.evidenceOptional')}
      </Text>
      {props.documents.length > 0 && (
        <List size="sm" data-testid={`documents-${questionId}`}>
          {props.documents.map((document) => (
            <List.Item key={document.id}>
              <Group gap="xs">
                <span>
                  {document.fileName} ({size(document.sizeBytes)})
                </span>
                {(props.removable ?? !props.readOnly) && (
                  <CloseButton
                    size="sm"
                    aria-label={t('wizard.remove', { name: document.fileName })}
                    onClick={() => remove.mutate(document)}
                    disabled={remove.isPending}
                  />
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {!props.readOnly && (
        <Group gap="sm">
          <FileButton
            onChange={(file) => void upload(file)}
            accept={acceptOf(limits)}
            inputProps={{ 'data-testid': `file-${questionId}` } as object}
          >
            {(buttonProps) => (
              <Button {...buttonProps} variant="default" size="xs" disabled={!!progress}>
                {t('wizard.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="gray.7">
            {t('wizard.limits', { size: size(limits.maxBytes) })}
          </Text>
        </Group>
      )}
      {progress && (
        <Stack gap={4}>
          <Text size="xs">{t('wizard.uploading', { name: progress.name })}</Text>
          <Progress
            value={progress.percent}
            aria-label={t('wizard.uploading', { name: progress.name })}
            data-testid={`progress-${questionId}`}
          />
        </Stack>
      )}
      {notice && (
        <Alert
          color={notice.tone === 'good' ? TONES.good : 'red'}
          p="xs"
          role={notice.tone === 'red' ? 'alert' : 'status'}
          data-testid={`evidence-notice-${questionId}`}
        >
          {t(notice.key, notice.values)}
        </Alert>
      )}
    </Stack>
  );
}
