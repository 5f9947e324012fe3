import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  useAuth,
  hasAnyRole,
  ROLES,
  type Caller,
  ActionDialog,
  CountedTextarea,
  formatDate,
  QueryState,
  TableScroll,
} from '@aeo/web';
import type { ProgrammeComponents as components } from '@aeo/web';
import { PHASE_PILL, scopeLabel } from './deviation-words';

type DeviationCase = components['schemas']['DeviationCaseWithHistoryDto_Output'];
type PlannedAction = { description: string; owner: string; dueDate: string };

/** The steps a person takes on a case, each its own POST. */
type Step =
  | { kind: 'analysis' }
  | { kind: 'plan' }
  | { kind: 'implementation' }
  | { kind: 'done'; actionId: string; description: string }
  | { kind: 'replan' }
  | { kind: 'close' }
  | { kind: 'dismissal' };

/** The steps the caller's roles may take in the case's phase (the workflow still decides). */
export function nextSteps(caller: Caller | undefined, found: DeviationCase): Step['kind'][] {
  if (found.phase === 'closed') return [];
  const steps: Step['kind'][] = [];
  if (hasAnyRole(caller, [ROLES.policyUnit])) {
    if (found.phase === 'opened' || found.phase === 'analysis') steps.push('analysis');
    if ((found.phase === 'analysis' && found.rootCause) || found.phase === 'improvement-plan') steps.push('plan');
    if (found.phase === 'improvement-plan') steps.push('implementation');
  }
  if (hasAnyRole(caller, [ROLES.executive]) && found.phase === 'escalated') steps.push('replan', 'close');
  if (hasAnyRole(caller, [ROLES.policyUnit])) steps.push('dismissal');
  return steps;
}

/** The one text a step takes (its body's field), by step: what it is called, its bound, whether it is required. */
const TEXT_FIELDS: Partial<
  Record<Step['kind'], { name: string; label: string; maxLength: number; required: boolean; testId?: string }>
> = {
  analysis: {
    name: 'rootCause',
    label: 'policy.deviations.rootCauseLabel',
    maxLength: 4000,
    required: true,
    testId: 'root-cause',
  },
  replan: {
    name: 'decision',
    label: 'policy.deviations.decisionLabel',
    maxLength: 4000,
    required: true,
    testId: 'decision',
  },
  close: {
    name: 'decision',
    label: 'policy.deviations.decisionLabel',
    maxLength: 4000,
    required: true,
    testId: 'decision',
  },
  implementation: { name: 'note', label: 'policy.deviations.noteLabel', maxLength: 2000, required: false },
  done: { name: 'evidence', label: 'policy.deviations.evidenceLabel', maxLength: 4000, required: true },
  dismissal: {
    name: 'reason',
    label: 'policy.deviations.reasonLabel',
    maxLength: 2000,
    required: true,
    testId: 'reason',
  },
};

const emptyAction = (): PlannedAction => ({ description: '', owner: '', dueDate: '' });

/**
 * A deviation case: what opened it, its analysis, its improvement actions and every step
 * recorded, with the next steps the caller's role may take (each through a dialog).
 */
export function DeviationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const { caseId } = useParams({ from: '/policy/deviations/$caseId' });
  const deviation = useQuery({
    queryKey: ['programme', 'deviation', caseId],
    queryFn: () => unwrap(api.programme.GET('/v1/deviations/{caseId}', { params: { path: { caseId } } })),
  });
  // The KPI's name for the title (the catalogue the dashboard reads; its id while it loads or if refused).
  const kpis = useQuery({
    queryKey: ['programme', 'kpis'],
    queryFn: () => unwrap(api.programme.GET('/v1/kpis')),
  });
  const kpiName = (kpiId: string) =>
    kpis.data?.find((kpi) => kpi.id === kpiId)?.name[i18n.language === 'mn' ? 'mn' : 'en'] ?? kpiId;

  const [step, setStep] = useState<Step>();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [actions, setActions] = useState<PlannedAction[]>([emptyAction()]);
  const open = (next: Step) => {
    setText('');
    setOwner(deviation.data?.owner ?? '');
    setActions([emptyAction()]);
    setStep(next);
  };
  const plannedActions = () =>
    actions.map((action) => ({
      description: action.description.trim(),
      owner: action.owner.trim(),
      dueDate: action.dueDate.trim(),
    }));

  /** Checks the body against the operation's schema, sends it with this opening's key, and shows the case as the step left it. */
  async function send(key: string) {
    if (!step) return;
    const header = { 'Idempotency-Key': key };
    const path = { caseId };
    const check = (operation: string, body: unknown) => checkRequest('programme', operation, body, t);
    let answer: DeviationCase;
    switch (step.kind) {
      case 'analysis': {
        const body = { rootCause: text.trim(), owner: owner.trim() };
        check('POST /v1/deviations/{caseId}/analysis', body);
        answer = await unwrap(
          api.programme.POST('/v1/deviations/{caseId}/analysis', { params: { path, header }, body }),
        );
        break;
      }
      case 'plan': {
        const body = { actions: plannedActions() };
        check('POST /v1/deviations/{caseId}/plan', body);
        answer = await unwrap(api.programme.POST('/v1/deviations/{caseId}/plan', { params: { path, header }, body }));
        break;
      }
      case 'implementation': {
        const body = text.trim() ? { note: text.trim() } : {};
        check('POST /v1/deviations/{caseId}/implementation', body);
        answer = await unwrap(
          api.programme.POST('/v1/deviations/{caseId}/implementation', { params: { path, header }, body }),
        );
        break;
      }
      case 'done': {
        const body = { evidence: text.trim() };
        check('POST /v1/deviations/{caseId}/actions/{actionId}/done', body);
        answer = await unwrap(
          api.programme.POST('/v1/deviations/{caseId}/actions/{actionId}/done', {
            params: { path: { caseId, actionId: step.actionId }, header },
            body,
          }),
        );
        break;
      }
      case 'replan': {
        const body = { decision: text.trim(), actions: plannedActions() };
        check('POST /v1/deviations/{caseId}/replan', body);
        answer = await unwrap(api.programme.POST('/v1/deviations/{caseId}/replan', { params: { path, header }, body }));
        break;
      }
      case 'close': {
        const body = { decision: text.trim() };
        check('POST /v1/deviations/{caseId}/close', body);
        answer = await unwrap(api.programme.POST('/v1/deviations/{caseId}/close', { params: { path, header }, body }));
        break;
      }
      case 'dismissal': {
        const body = { reason: text.trim() };
        check('POST /v1/deviations/{caseId}/dismissal', body);
        answer = await unwrap(
          api.programme.POST('/v1/deviations/{caseId}/dismissal', { params: { path, header }, body }),
        );
        break;
      }
    }
    queryClient.setQueryData(['programme', 'deviation', caseId], answer);
    await queryClient.invalidateQueries({ queryKey: ['programme', 'deviation-cases'] });
  }

  const stepTitle = (kind: Step['kind']) =>
    ({
      analysis: t('policy.deviations.analyse'),
      plan: t('policy.deviations.plan'),
      implementation: t('policy.deviations.implement'),
      done: t('policy.deviations.done'),
      replan: t('policy.deviations.replan'),
      close: t('policy.deviations.close'),
      dismissal: t('policy.deviations.dismiss'),
    })[kind];

  return (
    <Stack>
      <Anchor component={Link} to="/policy/deviations">
        ← {t('policy.deviations.back')}
      </Anchor>
      <QueryState query={deviation}>
        {(found) => {
          const steps = nextSteps(caller, found);
          return (
            <>
              <Group justify="space-between">
                <Title order={2}>
                  {t('policy.deviations.caseTitle', { kpi: kpiName(found.kpiId), period: found.period })}
                </Title>
                <span className={`pill ${PHASE_PILL[found.phase]}`} data-testid="deviation-phase">
                  {t(`policy.deviations.phases.${found.phase}`)}
                  {found.outcome ? ` · ${t(`policy.deviations.outcomes.${found.outcome}`)}` : ''}
                </span>
              </Group>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Card withBorder>
                  <Stack gap={6}>
                    <Title order={3} size="h5">
                      {t('policy.deviations.case')}
                    </Title>
                    <Field
                      label={t('policy.deviations.scope')}
                      value={`${scopeLabel(t, found.scope)}${found.statusType ? ` · ${found.statusType}` : ''}`}
                    />
                    <Field label={t('policy.deviations.value')} value={String(found.value)} />
                    <Field
                      label={t('policy.deviations.threshold')}
                      value={`${t(`policy.deviations.bound.${found.threshold.bound}`, { limit: found.threshold.limit })} (v${found.threshold.version})`}
                    />
                    <Field
                      label={t('policy.deviations.latestValue')}
                      value={found.latestValue === null ? '—' : String(found.latestValue)}
                    />
                    <Field label={t('policy.deviations.crossings')} value={String(found.crossings)} />
                    <Field
                      label={t('policy.deviations.openedAt')}
                      value={formatDate(found.openedAt, i18n.language, true)}
                    />
                  </Stack>
                </Card>
                <Card withBorder>
                  <Stack gap={6}>
                    <Title order={3} size="h5">
                      {t('policy.deviations.next')}
                    </Title>
                    <Field label={t('policy.deviations.rootCause')} value={found.rootCause ?? '—'} />
                    <Field label={t('policy.deviations.owner')} value={found.owner ?? '—'} />
                    {found.phase === 'closed' ? (
                      <Text size="sm">{t('policy.deviations.closedCase')}</Text>
                    ) : steps.length === 0 ? (
                      <Text size="sm">{t('policy.deviations.noNextStep')}</Text>
                    ) : (
                      <Group gap="xs" mt="xs">
                        {steps.map((kind) => (
                          <Button
                            key={kind}
                            size="sm"
                            variant={kind === 'dismissal' ? 'default' : 'filled'}
                            color={kind === 'close' ? 'red.8' : undefined}
                            data-testid={`step-${kind}`}
                            onClick={() => open({ kind } as Step)}
                          >
                            {stepTitle(kind)}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </Stack>
                </Card>
              </SimpleGrid>
              <Title order={3} size="h4">
                {t('policy.deviations.actions')}
              </Title>
              {found.actions.length === 0 ? (
                <Text size="sm">{t('policy.deviations.noActions')}</Text>
              ) : (
                <TableScroll label={t('policy.deviations.actions')}>
                  <Table withTableBorder aria-label={t('policy.deviations.actions')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('policy.deviations.action')}</Table.Th>
                        <Table.Th>{t('policy.deviations.actionOwner')}</Table.Th>
                        <Table.Th>{t('policy.deviations.dueDate')}</Table.Th>
                        <Table.Th>{t('policy.deviations.actionStatus')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {found.actions.map((action) => (
                        <Table.Tr key={action.actionId}>
                          <Table.Td>{action.description}</Table.Td>
                          <Table.Td>{action.owner}</Table.Td>
                          <Table.Td>{formatDate(action.dueDate, i18n.language)}</Table.Td>
                          <Table.Td>
                            <span
                              className={`pill ${action.status === 'done' ? 'pill-good' : action.status === 'open' ? 'pill-info' : 'pill-neutral'}`}
                            >
                              {t(`policy.deviations.actionStatuses.${action.status}`)}
                              {action.doneAt ? ` · ${formatDate(action.doneAt, i18n.language)}` : ''}
                            </span>
                          </Table.Td>
                          <Table.Td>
                            {action.status === 'open' &&
                              found.phase === 'implementation' &&
                              hasAnyRole(caller, [ROLES.policyUnit]) && (
                                <Button
                                  size="xs"
                                  onClick={() =>
                                    open({ kind: 'done', actionId: action.actionId, description: action.description })
                                  }
                                >
                                  {t('policy.deviations.done')}
                                </Button>
                              )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              )}
              <Title order={3} size="h4">
                {t('policy.deviations.history')}
              </Title>
              <TableScroll label={t('policy.deviations.history')}>
                <Table withTableBorder aria-label={t('policy.deviations.history')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={50}>#</Table.Th>
                      <Table.Th>{t('policy.deviations.step')}</Table.Th>
                      <Table.Th>{t('policy.deviations.phase')}</Table.Th>
                      <Table.Th>{t('policy.deviations.by')}</Table.Th>
                      <Table.Th>{t('policy.deviations.at')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {found.history.map((record) => (
                      <Table.Tr key={record.sequence}>
                        <Table.Td>{record.sequence}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {t(`policy.deviations.steps.${record.step}`, { defaultValue: record.step })}
                          </Text>
                          <Text size="xs" c="gray.7">
                            {record.summary}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {t(`policy.deviations.phases.${record.from}`, { defaultValue: record.from })} →{' '}
                          {t(`policy.deviations.phases.${record.to}`, { defaultValue: record.to })}
                        </Table.Td>
                        <Table.Td>{record.by}</Table.Td>
                        <Table.Td>{formatDate(record.at, i18n.language, true)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </>
          );
        }}
      </QueryState>
      <ActionDialog
        opened={!!step}
        onClose={() => setStep(undefined)}
        title={
          step?.kind === 'done'
            ? t('policy.deviations.doneTitle', { action: step.description })
            : step
              ? stepTitle(step.kind)
              : ''
        }
        effect={
          step
            ? t(
                {
                  analysis: 'policy.deviations.analyseEffect',
                  plan: 'policy.deviations.planEffect',
                  implementation: 'policy.deviations.implementEffect',
                  done: 'policy.deviations.doneEffect',
                  replan: 'policy.deviations.replanEffect',
                  close: 'policy.deviations.closeEffect',
                  dismissal: 'policy.deviations.dismissEffect',
                }[step.kind],
                { periods: deviation.data?.threshold.periodsToVerify ?? '' },
              )
            : ''
        }
        submitLabel={step ? stepTitle(step.kind) : ''}
        submitColor={step?.kind === 'close' || step?.kind === 'dismissal' ? 'red.8' : undefined}
        onSubmit={send}
        fieldLabels={Object.fromEntries([
          ...[step && TEXT_FIELDS[step.kind]].filter((field) => !!field).map((field) => [field.name, t(field.label)]),
          ['owner', t('policy.deviations.ownerLabel')],
          ...actions.flatMap((_, index) =>
            (
              [
                ['description', 'policy.deviations.descriptionLabel'],
                ['owner', 'policy.deviations.actionOwner'],
                ['dueDate', 'policy.deviations.dueLabel'],
              ] as const
            ).map(([name, label]) => [
              `actions.${index}.${name}`,
              `${t('policy.deviations.actionN', { n: index + 1 })} · ${t(label)}`,
            ]),
          ),
        ])}
      >
        {(errors) => {
          const field = step && TEXT_FIELDS[step.kind];
          return (
            <>
              {field && (
                <CountedTextarea
                  label={t(field.label)}
                  required={field.required}
                  autosize
                  minRows={field.name === 'rootCause' ? 3 : 2}
                  maxLength={field.maxLength}
                  value={text}
                  onChange={(event) => setText(event.currentTarget.value)}
                  error={errors[field.name]}
                  data-testid={field.testId}
                />
              )}
              {step?.kind === 'analysis' && (
                <TextInput
                  label={t('policy.deviations.ownerLabel')}
                  required
                  maxLength={200}
                  value={owner}
                  onChange={(event) => setOwner(event.currentTarget.value)}
                  error={errors['owner']}
                  data-testid="owner"
                />
              )}
              {(step?.kind === 'plan' || step?.kind === 'replan') && (
                <Stack gap="sm">
                  {actions.map((action, index) => {
                    const update = (patch: Partial<PlannedAction>) =>
                      setActions((all) => all.map((one, at) => (at === index ? { ...one, ...patch } : one)));
                    return (
                      <Card withBorder key={index} p="sm">
                        <Group justify="space-between" mb={4}>
                          <Text size="sm" fw={600}>
                            {t('policy.deviations.actionN', { n: index + 1 })}
                          </Text>
                          {actions.length > 1 && (
                            <ActionIcon
                              variant="subtle"
                              color="gray.7"
                              aria-label={t('policy.deviations.removeAction', { n: index + 1 })}
                              onClick={() => setActions((all) => all.filter((_, at) => at !== index))}
                            >
                              ×
                            </ActionIcon>
                          )}
                        </Group>
                        <CountedTextarea
                          label={t('policy.deviations.descriptionLabel')}
                          required
                          autosize
                          maxLength={1000}
                          value={action.description}
                          onChange={(event) => update({ description: event.currentTarget.value })}
                          error={errors[`actions.${index}.description`]}
                        />
                        <Group grow>
                          <TextInput
                            label={t('policy.deviations.actionOwner')}
                            required
                            maxLength={200}
                            value={action.owner}
                            onChange={(event) => update({ owner: event.currentTarget.value })}
                            error={errors[`actions.${index}.owner`]}
                          />
                          <TextInput
                            type="date"
                            label={t('policy.deviations.dueLabel')}
                            required
                            value={action.dueDate}
                            onChange={(event) => update({ dueDate: event.currentTarget.value })}
                            error={errors[`actions.${index}.dueDate`]}
                          />
                        </Group>
                      </Card>
                    );
                  })}
                  {actions.length < 20 && (
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => setActions((all) => [...all, emptyAction()])}
                      w="fit-content"
                    >
                      {t('policy.deviations.addAction')}
                    </Button>
                  )}
                  {errors['actions'] && (
                    <Text size="sm" c="red.8">
                      {errors['actions']}
                    </Text>
                  )}
                </Stack>
              )}
            </>
          );
        }}
      </ActionDialog>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="gray.7" w={140} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </Group>
  );
}
