import { useState } from 'react';
import { Button, Checkbox, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, checkRequest, useAuth, ActionDialog, CountedTextarea } from '@aeo/web';
import type { MraComponents as components } from '@aeo/web';
import { ADVANCES_TO, phaseLabel, stepsFor, type StepKind } from './phases';

type Schemas = components['schemas'];
type Terms = Schemas['SignatureDto']['terms'];
const STATUS_TYPES = ['AEOC', 'AEOS', 'AEOF'] as const;
const DIRECTIONS = ['import', 'export'] as const;
const BENEFITS = [
  'reduced-physical-controls',
  'reduced-document-controls',
  'priority-clearance',
  'risk-score-recognition',
  'business-continuity',
] as const;

/** Today in the person's calendar (YYYY-MM-DD): a step is recorded once it took place. */
const today = () => new Date().toLocaleDateString('en-CA');
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
/** An optional text: absent when empty (the service refuses an empty string). */
const optional = (text: string) => text.trim() || undefined;

interface Draft {
  note: string;
  reason: string;
  date: string;
  site: string;
  operator: string;
  ourObservations: string;
  partnerObservations: string;
  notes: string;
  outcome: 'passed' | 'failed';
  text: string;
  terms: { statusTypes: string[]; directions: string[]; benefitsWeGrant: string[]; benefitsPartnerGrants: string[] };
}
const emptyDraft = (): Draft => ({
  note: '',
  reason: '',
  date: today(),
  site: '',
  operator: '',
  ourObservations: '',
  partnerObservations: '',
  notes: '',
  outcome: 'passed',
  text: '',
  terms: { statusTypes: [], directions: [], benefitsWeGrant: [], benefitsPartnerGrants: [] },
});

/** The step's operation (its request schema's key) and its body from the dialog's fields. */
function request(kind: StepKind, phase: string, draft: Draft): { path: string; body: object } {
  switch (kind) {
    case 'advance':
      return { path: 'advance', body: { to: ADVANCES_TO[phase], note: optional(draft.note) } };
    case 'visit':
      return {
        path: 'visits',
        body: {
          date: draft.date,
          site: draft.site.trim(),
          operator: optional(draft.operator),
          ourObservations: lines(draft.ourObservations),
          partnerObservations: lines(draft.partnerObservations),
        },
      };
    case 'round':
      return { path: 'negotiation-rounds', body: { date: draft.date, notes: draft.notes.trim() } };
    case 'test':
      return {
        path: 'exchange-tests',
        body: { date: draft.date, outcome: draft.outcome, notes: optional(draft.notes) },
      };
    case 'sign':
      return {
        path: 'signature',
        body: { text: draft.text.trim(), signedOn: draft.date, terms: draft.terms as unknown as Terms },
      };
    case 'suspend':
      return { path: 'suspension', body: { reason: draft.reason.trim() } };
    case 'resume':
      return { path: 'resumption', body: { reason: draft.reason.trim() } };
    case 'terminate':
      return { path: 'termination', body: { reason: draft.reason.trim() } };
  }
}

/** Sends a step through the typed client (one operation per step; the body was checked against its schema). */
function send(api: ReturnType<typeof useApi>, arrangementId: string, path: string, body: object, key: string) {
  const params = { path: { arrangementId }, header: { 'Idempotency-Key': key } };
  switch (path) {
    case 'advance':
      return api.mra.POST('/v1/arrangements/{arrangementId}/advance', { params, body: body as Schemas['AdvanceDto'] });
    case 'visits':
      return api.mra.POST('/v1/arrangements/{arrangementId}/visits', { params, body: body as Schemas['VisitDto'] });
    case 'negotiation-rounds':
      return api.mra.POST('/v1/arrangements/{arrangementId}/negotiation-rounds', {
        params,
        body: body as Schemas['NegotiationRoundDto'],
      });
    case 'exchange-tests':
      return api.mra.POST('/v1/arrangements/{arrangementId}/exchange-tests', {
        params,
        body: body as Schemas['ExchangeTestDto'],
      });
    case 'signature':
      return api.mra.POST('/v1/arrangements/{arrangementId}/signature', {
        params,
        body: body as Schemas['SignatureDto'],
      });
    case 'suspension':
      return api.mra.POST('/v1/arrangements/{arrangementId}/suspension', {
        params,
        body: body as Schemas['ReasonDto'],
      });
    case 'resumption':
      return api.mra.POST('/v1/arrangements/{arrangementId}/resumption', {
        params,
        body: body as Schemas['ReasonDto'],
      });
    default:
      return api.mra.POST('/v1/arrangements/{arrangementId}/termination', {
        params,
        body: body as Schemas['ReasonDto'],
      });
  }
}

/**
 * The next steps open to the caller in the arrangement's phase, each through a dialog that says
 * what it does, checks the body against the operation's schema and sends it once per opening.
 */
export function ArrangementSteps({
  arrangement,
}: {
  arrangement: { id: string; phase: string; suspendedFrom: string | null };
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<StepKind>();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const steps = stepsFor(arrangement.phase, caller?.roles ?? []);
  const next = ADVANCES_TO[arrangement.phase];
  const label = (step: StepKind) =>
    step === 'advance'
      ? t('recognition.actions.advance', { phase: phaseLabel(t, next) })
      : t(`recognition.actions.${step}`);
  const effect = (step: StepKind) =>
    step === 'advance'
      ? t('recognition.actions.advanceEffect', { from: phaseLabel(t, arrangement.phase), to: phaseLabel(t, next) })
      : step === 'resume'
        ? t('recognition.actions.resumeEffect', { phase: phaseLabel(t, arrangement.suspendedFrom) })
        : t(`recognition.actions.${step}Effect`);
  const set = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const setTerms = (patch: Partial<Draft['terms']>) =>
    setDraft((previous) => ({ ...previous, terms: { ...previous.terms, ...patch } }));

  return (
    <Stack gap="xs">
      <Title order={3}>{t('recognition.detail.actions')}</Title>
      {steps.length === 0 ? (
        <Text c="dimmed">{t('recognition.detail.noActions')}</Text>
      ) : (
        <Group>
          {steps.map((step) => (
            <Button
              key={step}
              data-testid={`step-${step}`}
              variant={step === 'terminate' || step === 'suspend' ? 'default' : 'filled'}
              onClick={() => {
                setDraft(emptyDraft());
                setKind(step);
              }}
            >
              {label(step)}
            </Button>
          ))}
        </Group>
      )}
      <ActionDialog
        opened={!!kind}
        onClose={() => setKind(undefined)}
        title={kind ? label(kind) : ''}
        effect={kind ? effect(kind) : ''}
        submitLabel={kind ? label(kind) : ''}
        submitColor={kind === 'terminate' ? 'red.8' : undefined}
        onSubmit={async (key) => {
          if (!kind) return;
          const { path, body } = request(kind, arrangement.phase, draft);
          checkRequest('mra', `POST /v1/arrangements/{arrangementId}/${path}`, body, t);
          await unwrap(send(api, arrangement.id, path, body, key));
          await queryClient.invalidateQueries({ queryKey: ['mra'] });
        }}
      >
        {(errors) => (
          <>
            {kind === 'advance' && (
              <CountedTextarea
                label={t('recognition.actions.note')}
                autosize
                minRows={2}
                maxLength={2000}
                value={draft.note}
                onChange={(event) => set({ note: event.currentTarget.value })}
                error={errors['note']}
                data-testid="step-note"
              />
            )}
            {(kind === 'suspend' || kind === 'resume' || kind === 'terminate') && (
              <CountedTextarea
                label={t('recognition.actions.reason')}
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={draft.reason}
                onChange={(event) => set({ reason: event.currentTarget.value })}
                error={errors['reason']}
                data-testid="step-reason"
              />
            )}
            {(kind === 'visit' || kind === 'round' || kind === 'test' || kind === 'sign') && (
              <TextInput
                type="date"
                label={kind === 'sign' ? t('recognition.actions.signedOn') : t('recognition.actions.date')}
                required
                value={draft.date}
                max={today()}
                onChange={(event) => set({ date: event.currentTarget.value })}
                error={errors[kind === 'sign' ? 'signedOn' : 'date']}
                data-testid="step-date"
              />
            )}
            {kind === 'visit' && (
              <>
                <TextInput
                  label={t('recognition.actions.site')}
                  required
                  maxLength={500}
                  value={draft.site}
                  onChange={(event) => set({ site: event.currentTarget.value })}
                  error={errors['site']}
                />
                <TextInput
                  label={t('recognition.actions.operator')}
                  maxLength={300}
                  value={draft.operator}
                  onChange={(event) => set({ operator: event.currentTarget.value })}
                  error={errors['operator']}
                />
                <Textarea
                  label={t('recognition.actions.ourObservations')}
                  required
                  autosize
                  minRows={2}
                  value={draft.ourObservations}
                  onChange={(event) => set({ ourObservations: event.currentTarget.value })}
                  error={errors['ourObservations']}
                />
                <Textarea
                  label={t('recognition.actions.partnerObservations')}
                  required
                  autosize
                  minRows={2}
                  value={draft.partnerObservations}
                  onChange={(event) => set({ partnerObservations: event.currentTarget.value })}
                  error={errors['partnerObservations']}
                />
              </>
            )}
            {kind === 'test' && (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="test-outcome">
                  {t('recognition.actions.outcome')}
                </Text>
                <SegmentedControl
                  aria-labelledby="test-outcome"
                  value={draft.outcome}
                  onChange={(value) => set({ outcome: value as Draft['outcome'] })}
                  data={(['passed', 'failed'] as const).map((value) => ({
                    value,
                    label: t(`recognition.actions.outcomes.${value}`),
                  }))}
                />
              </Stack>
            )}
            {(kind === 'round' || kind === 'test') && (
              <CountedTextarea
                label={kind === 'round' ? t('recognition.actions.notes') : t('recognition.actions.testNotes')}
                required={kind === 'round'}
                autosize
                minRows={3}
                maxLength={kind === 'round' ? 10_000 : 5000}
                value={draft.notes}
                onChange={(event) => set({ notes: event.currentTarget.value })}
                error={errors['notes']}
              />
            )}
            {kind === 'sign' && (
              <>
                <Textarea
                  label={t('recognition.actions.text')}
                  required
                  autosize
                  minRows={4}
                  value={draft.text}
                  onChange={(event) => set({ text: event.currentTarget.value })}
                  error={errors['text']}
                />
                <Checkbox.Group
                  label={t('recognition.detail.statusTypes')}
                  withAsterisk
                  value={draft.terms.statusTypes}
                  onChange={(statusTypes) => setTerms({ statusTypes })}
                  error={errors['terms.statusTypes']}
                >
                  <Group mt={4}>
                    {STATUS_TYPES.map((value) => (
                      <Checkbox key={value} value={value} label={value} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Checkbox.Group
                  label={t('recognition.detail.directions')}
                  withAsterisk
                  value={draft.terms.directions}
                  onChange={(directions) => setTerms({ directions })}
                  error={errors['terms.directions']}
                >
                  <Group mt={4}>
                    {DIRECTIONS.map((value) => (
                      <Checkbox key={value} value={value} label={t(`recognition.directions.${value}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
                {(['benefitsWeGrant', 'benefitsPartnerGrants'] as const).map((side) => (
                  <Checkbox.Group
                    key={side}
                    label={t(`recognition.detail.${side}`)}
                    withAsterisk
                    value={draft.terms[side]}
                    onChange={(benefits) => setTerms({ [side]: benefits })}
                    error={errors[`terms.${side}`]}
                  >
                    <Stack gap={4} mt={4}>
                      {BENEFITS.map((value) => (
                        <Checkbox key={value} value={value} label={t(`recognition.benefits.${value}`)} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                ))}
              </>
            )}
          </>
        )}
      </ActionDialog>
    </Stack>
  );
}
