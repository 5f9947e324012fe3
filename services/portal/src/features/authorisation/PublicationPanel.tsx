import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ApplicationsComponents, unwrap, useApi } from '@aeo/web';

type Field = ApplicationsComponents['schemas']['PublicationDto']['fields'][number];
/** What a holder may publish (the API's PUBLISHABLE_FIELDS), in the order the register shows them. */
export const PUBLISHABLE: Field[] = ['name', 'city', 'region', 'statusType', 'effectiveFrom', 'taxpayerId'];

/**
 * The holder's consent to publication: whether the public AEO register lists the authorisation and
 * which of its fields it shows (PUT /v1/authorisations/{n}/publication, an administrator's step: the API refuses a member, and the page shows its refusal).
 * The number and the status are always shown once published.
 */
export function PublicationPanel({ number, publishedFields }: { number: string; publishedFields: string[] | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [publish, setPublish] = useState(publishedFields !== null);
  const [fields, setFields] = useState<string[]>(publishedFields ?? ['name', 'city', 'statusType', 'effectiveFrom']);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.applications.PUT('/v1/authorisations/{authorisationNumber}/publication', {
          params: { path: { authorisationNumber: number } },
          body: { publish, fields: publish ? (fields as Field[]) : [] },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['authorisations'] }),
  });
  const changed =
    publish !== (publishedFields !== null) ||
    (publish && [...fields].sort().join() !== [...(publishedFields ?? [])].sort().join());
  return (
    <Stack gap="xs" data-testid="publication">
      <Title order={4}>{t('authorisation.publication.title')}</Title>
      <Text size="sm" c="gray.7">
        {publishedFields === null
          ? t('authorisation.publication.notPublished')
          : t('authorisation.publication.published', {
              fields: publishedFields.map((field) => t(`authorisation.publication.fields.${field}`)).join(', ') || '—',
            })}
      </Text>
      <>
        <Switch
          label={t('authorisation.publication.publish')}
          checked={publish}
          onChange={(event) => setPublish(event.currentTarget.checked)}
          data-testid="publication-switch"
        />
        {publish && (
          <Checkbox.Group
            label={t('authorisation.publication.fieldsLabel')}
            description={t('authorisation.publication.always')}
            value={fields}
            onChange={setFields}
          >
            <Group mt="xs">
              {PUBLISHABLE.map((field) => (
                <Checkbox key={field} value={field} label={t(`authorisation.publication.fields.${field}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Group>
          <Button
            size="xs"
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!changed}
            data-testid="publication-save"
          >
            {t('authorisation.publication.save')}
          </Button>
        </Group>
        {save.isError && (
          <Alert color="red" data-testid="publication-error">
            {save.error.message}
          </Alert>
        )}
      </>
    </Stack>
  );
}
