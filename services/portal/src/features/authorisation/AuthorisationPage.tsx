import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  ActionDialog,
  type ApplicationsComponents,
  calendarDaysUntil,
  checkRequest,
  CountedTextarea,
  formatDate,
  programmeTimeZone,
  QueryState,
  TONES,
  unwrap,
  useApi,
} from '@aeo/web';
import { Item, ItemList } from '../../shared/Item';
import {
  type DialogProps,
  HolderActions,
  linesOf,
  MeasuresFields,
  RevalidationSelfAssessment,
  RevocationHearing,
  HolderStepDialog,
} from './LifecyclePanels';
import { PublicationPanel } from './PublicationPanel';

type Authorisation = ApplicationsComponents['schemas']['AuthorisationDto_Output'];
type ChangeKind = ApplicationsComponents['schemas']['ReportedChangeDto']['kind'];
const CHANGE_KINDS: ChangeKind[] = [
  'ownership',
  'legal-form',
  'address',
  'premises',
  'security',
  'management',
  'other',
];
const STATUS_PILL: Record<string, string> = { granted: 'pill-good', suspended: 'pill-warn', revoked: 'pill-bad' };
const CHANGE = 'POST /v1/authorisations/{authorisationNumber}/changes';

/**
 * "Our authorisation" after the grant: the company's authorisations (GET /v1/authorisations, its own
 * for an operator user), each with its lifecycle (revalidation due date and days left, the
 * revalidation's self-assessment update, suspension with its remediation plan, the revocation
 * hearing, the holder's suspension request and surrender), its reported changes and its certificate.
 */
export function AuthorisationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const list = useQuery({
    queryKey: ['authorisations'],
    queryFn: () => unwrap(api.applications.GET('/v1/authorisations')),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/" size="sm">
        {t('applications.back')}
      </Anchor>
      <Title order={2}>{t('authorisation.title')}</Title>
      <QueryState query={list}>
        {(authorisations) =>
          authorisations.length === 0 ? (
            <Text data-testid="no-authorisation">{t('authorisation.none')}</Text>
          ) : (
            authorisations.map((authorisation) => (
              <AuthorisationCard key={authorisation.authorisationNumber} authorisation={authorisation} />
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}

function AuthorisationCard({ authorisation }: { authorisation: Authorisation }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const number = authorisation.authorisationNumber;
  const path = { params: { path: { authorisationNumber: number } } };
  const lifecycle = useQuery({
    queryKey: ['authorisation-lifecycle', number],
    queryFn: () => unwrap(api.applications.GET('/v1/authorisations/{authorisationNumber}/lifecycle', path)),
  });
  const changes = useQuery({
    queryKey: ['authorisation-changes', number],
    queryFn: () => unwrap(api.applications.GET('/v1/authorisations/{authorisationNumber}/changes', path)),
  });
  const [reporting, setReporting] = useState(false);
  const [planning, setPlanning] = useState(false);
  const zone = programmeTimeZone();
  const legal = (value: string | null | undefined) => formatDate(value, i18n.language, false, zone);
  // Null once revoked or surrendered: no revalidation is due (nor shown) then.
  const due = lifecycle.data?.revalidationDue ?? authorisation.revalidationDue;
  const daysLeft = due ? calendarDaysUntil(due, zone) : 0;
  const workflow = lifecycle.data?.workflow;
  const suspension = workflow?.suspension;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['authorisation-lifecycle', number] }),
      queryClient.invalidateQueries({ queryKey: ['authorisation-changes', number] }),
      queryClient.invalidateQueries({ queryKey: ['authorisations'] }),
    ]);
  const certificate = async () => {
    const blob = await unwrap(
      api.applications.GET('/v1/authorisations/{authorisationNumber}/certificate', { ...path, parseAs: 'blob' }),
    );
    const url = URL.createObjectURL(blob as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `AEO-${number}.pdf`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const status = lifecycle.data?.status ?? authorisation.status;
  // Revoked or surrendered: nothing more to revalidate, publish or report.
  const ended = status === 'revoked' || status === 'surrendered';
  return (
    <Paper withBorder p="lg" data-testid="authorisation">
      <Stack>
        <Group justify="space-between">
          <Group>
            <Title order={3} data-testid="authorisation-number">
              {number}
            </Title>
            <span className={`pill ${STATUS_PILL[status] ?? 'pill-neutral'}`} data-testid="authorisation-status">
              {t(`authorisation.statuses.${status}`, { defaultValue: status })}
            </span>
          </Group>
          {/* No certificate of an authorisation no longer in force (the API answers 409). */}
          {!ended && (
            <Button variant="default" size="xs" onClick={() => void certificate()} data-testid="certificate">
              {t('authorisation.certificate')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} verticalSpacing="sm">
          <Item label={t('authorisation.statusType')}>{t(`applications.types.${authorisation.statusType}`)}</Item>
          <Item label={t('authorisation.effectiveFrom')}>{legal(authorisation.effectiveFrom)}</Item>
          {!ended && due && (
            <Item label={t('authorisation.revalidationDue')}>
              <span data-testid="revalidation-due">{legal(due)}</span>{' '}
              <Text span size="sm" c={daysLeft < 0 ? 'red.9' : 'gray.7'} data-testid="revalidation-days-left">
                (
                {daysLeft < 0
                  ? t('authorisation.overdue', { count: -daysLeft })
                  : t('authorisation.daysLeft', { count: daysLeft })}
                )
              </Text>
            </Item>
          )}
        </SimpleGrid>
        <ItemList label={t('authorisation.conditions')} items={authorisation.conditions} />
        <HolderActions number={number} status={status} stage={workflow?.stage} onDone={refresh} />
        {!ended && <PublicationPanel number={number} publishedFields={authorisation.publishedFields} />}
        {workflow && <RevocationHearing number={number} workflow={workflow} />}
        {workflow && !ended && (
          <RevalidationSelfAssessment authorisation={authorisation} workflow={workflow} onDone={refresh} />
        )}
        {lifecycle.data?.workflowProblem && <Alert color={TONES.caution}>{lifecycle.data.workflowProblem}</Alert>}
        {suspension && (
          <Alert color="red" title={t('authorisation.suspended')} data-testid="suspension">
            <Stack gap="xs">
              <Text size="sm">
                {t('authorisation.suspendedSince', { date: legal(suspension.since) })}
                {suspension.scope === 'security' && ` ${t('authorisation.securityOnly')}`}
              </Text>
              <ItemList label={t('authorisation.grounds')} items={suspension.grounds} />
              {suspension.plan ? (
                <>
                  <ItemList label={t('authorisation.planMeasures')} items={suspension.plan.measures} />
                  <Text size="sm" data-testid="remediation-due">
                    {t('authorisation.remediationDue', { date: legal(suspension.plan.remediationDue) })}
                  </Text>
                </>
              ) : (
                <Group>
                  <Text size="sm" data-testid="plan-due">
                    {t('authorisation.planDue', { date: legal(suspension.planDue) })}
                  </Text>
                  <Button size="xs" onClick={() => setPlanning(true)} data-testid="submit-plan">
                    {t('authorisation.submitPlan')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <Title order={4}>{t('authorisation.changes')}</Title>
          {!ended && (
            <Button size="xs" onClick={() => setReporting(true)} data-testid="report-change">
              {t('authorisation.reportChange')}
            </Button>
          )}
        </Group>
        <QueryState query={changes}>
          {(items) =>
            items.length === 0 ? (
              <Text size="sm">{t('authorisation.noChanges')}</Text>
            ) : (
              <div className="data-table-scroll">
                <Table className="data-table" data-testid="changes-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('authorisation.kind')}</Table.Th>
                      <Table.Th>{t('authorisation.description')}</Table.Th>
                      <Table.Th>{t('authorisation.effectiveDate')}</Table.Th>
                      <Table.Th>{t('authorisation.reportedAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((change) => (
                      <Table.Tr key={change.changeId}>
                        <Table.Td>{t(`authorisation.kinds.${change.kind}`, { defaultValue: change.kind })}</Table.Td>
                        <Table.Td>{change.description}</Table.Td>
                        <Table.Td>{legal(change.effectiveDate)}</Table.Td>
                        <Table.Td>{formatDate(change.reportedAt, i18n.language, true)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
      </Stack>
      <ReportChangeDialog number={number} opened={reporting} onClose={() => setReporting(false)} onDone={refresh} />
      <RemediationPlanDialog number={number} opened={planning} onClose={() => setPlanning(false)} onDone={refresh} />
    </Paper>
  );
}

/** POST /v1/authorisations/{number}/changes: the kind, what changed and from when. */
function ReportChangeDialog({ number, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [description, setDescription] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const labels = {
    kind: t('authorisation.kind'),
    description: t('authorisation.description'),
    effectiveDate: t('authorisation.effectiveDate'),
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('authorisation.reportChangeTitle', { number })}
      effect={t('authorisation.reportChangeEffect')}
      submitLabel={t('authorisation.reportChange')}
      fieldLabels={labels}
      onSubmit={async (key) => {
        const body = {
          kind: kind || undefined,
          description: description.trim(),
          effectiveDate: effectiveDate || undefined,
        } as ApplicationsComponents['schemas']['ReportedChangeDto'];
        checkRequest('applications', CHANGE, body, t);
        await unwrap(
          api.applications.POST('/v1/authorisations/{authorisationNumber}/changes', {
            params: { path: { authorisationNumber: number }, header: { 'Idempotency-Key': key } },
            body,
          }),
        );
        setKind('');
        setDescription('');
        setEffectiveDate('');
        await onDone();
      }}
    >
      {(errors) => (
        <>
          <Select
            label={labels.kind}
            required
            value={kind || null}
            onChange={(value) => setKind((value ?? '') as ChangeKind | '')}
            data={CHANGE_KINDS.map((value) => ({ value, label: t(`authorisation.kinds.${value}`) }))}
            error={errors['kind']}
            data-testid="change-kind"
          />
          <CountedTextarea
            label={labels.description}
            required
            minRows={3}
            maxLength={4000}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={errors['description']}
            data-testid="change-description"
          />
          <TextInput
            label={labels.effectiveDate}
            required
            type="date"
            value={effectiveDate}
            onChange={(event) => setEffectiveDate(event.currentTarget.value)}
            error={errors['effectiveDate']}
            data-testid="change-date"
          />
        </>
      )}
    </ActionDialog>
  );
}

/** POST /v1/authorisations/{number}/remediation-plan during a suspension: the measures (one a line) and the days they need. */
function RemediationPlanDialog(props: DialogProps) {
  const { t } = useTranslation();
  const [measures, setMeasures] = useState('');
  const [periodDays, setPeriodDays] = useState<number | string>('');
  const labels = { measures: t('authorisation.planMeasures'), periodDays: t('authorisation.periodDays') };
  return (
    <HolderStepDialog
      {...props}
      step="remediation-plan"
      title={t('authorisation.submitPlan')}
      effect={t('authorisation.planEffect')}
      submitLabel={t('authorisation.submitPlan')}
      labels={labels}
      body={() => ({ measures: linesOf(measures), periodDays: periodDays === '' ? undefined : Number(periodDays) })}
    >
      {(errors) => (
        <MeasuresFields
          errors={errors}
          measures={measures}
          setMeasures={setMeasures}
          periodDays={periodDays}
          setPeriodDays={setPeriodDays}
        />
      )}
    </HolderStepDialog>
  );
}
