import { useState } from 'react';
import { Button, Checkbox, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  useAuth,
  hasAnyRole,
  ROLES,
  ActionDialog,
  startOfDayIn,
  useProgrammeZone,
  CountedTextarea,
} from '@aeo/web';

export type LifecycleAction =
  'requestRevalidation' | 'suspend' | 'reinstate' | 'intendRevocation' | 'decideRevocation' | 'decideRevalidation';

/** The revalidation workflow's stages that take each executive action (its ACTIONS_BY_STAGE). */
const STAGES_OF: Record<Exclude<LifecycleAction, 'requestRevalidation'>, readonly string[]> = {
  suspend: ['monitoring', 'self-assessment', 'risk-assessment', 'validation', 'decision'],
  reinstate: ['suspended'],
  intendRevocation: ['monitoring', 'decision', 'suspended'],
  decideRevocation: ['revocation-decision'],
  decideRevalidation: ['decision'],
};
const EXECUTIVE_ACTIONS = Object.keys(STAGES_OF) as Exclude<LifecycleAction, 'requestRevalidation'>[];

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The actions the caller may take on the authorisation at its stage: they name who may take them and when. */
export function availableActions(
  roles: { requests: boolean; decides: boolean },
  status: string,
  stage: string | undefined,
): LifecycleAction[] {
  const inForce = status === 'granted' || status === 'suspended';
  const actions: LifecycleAction[] = roles.requests && inForce ? ['requestRevalidation'] : [];
  if (roles.decides && stage) actions.push(...EXECUTIVE_ACTIONS.filter((action) => STAGES_OF[action].includes(stage)));
  return actions;
}

/**
 * The lifecycle actions of an authorisation, each through its dialog (what it will do, its
 * required reasons, checked against the API's request schema, one Idempotency-Key per opening):
 * an early revalidation request (contact officer, regional office, executive); the executive's
 * suspension, reinstatement, intended revocation and its decision, and the revalidation's decision.
 */
export function LifecycleActions({
  authorisationNumber,
  statusType,
  status,
  stage,
}: {
  authorisationNumber: string;
  statusType: string;
  status: string;
  /** The revalidation workflow's stage (undefined when it cannot be asked: its actions are not offered). */
  stage: string | undefined;
}) {
  const { t } = useTranslation();
  const { zone, zoneName } = useProgrammeZone();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<LifecycleAction>();
  const [text, setText] = useState('');
  const [conditions, setConditions] = useState('');
  const [siteVisit, setSiteVisit] = useState(false);
  const [scope, setScope] = useState<'whole' | 'security'>('whole');
  const [decision, setDecision] = useState<'revoke' | 'drop'>('revoke');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const actions = availableActions(
    {
      requests: hasAnyRole(caller, [ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive]),
      decides: hasAnyRole(caller, [ROLES.executive]),
    },
    status,
    stage,
  );
  const open = (next: LifecycleAction) => {
    setText('');
    setConditions('');
    setSiteVisit(false);
    setScope('whole');
    setDecision('revoke');
    setEffectiveFrom('');
    setAction(next);
  };
  const path = { authorisationNumber };

  async function send(key: string) {
    const params = { path, header: { 'Idempotency-Key': key } };
    switch (action) {
      case 'requestRevalidation': {
        const body = { reason: text.trim(), siteVisit };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/revalidation-requests', body, t);
        return unwrap(
          api.applications.POST('/v1/authorisations/{authorisationNumber}/revalidation-requests', { params, body }),
        );
      }
      case 'suspend': {
        const body = { grounds: lines(text), scope };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/suspension', body, t);
        return unwrap(api.applications.POST('/v1/authorisations/{authorisationNumber}/suspension', { params, body }));
      }
      case 'reinstate': {
        const body = { reasons: lines(text) };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/reinstatement', body, t);
        return unwrap(
          api.applications.POST('/v1/authorisations/{authorisationNumber}/reinstatement', { params, body }),
        );
      }
      case 'intendRevocation': {
        const body = { grounds: lines(text) };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/revocation', body, t);
        return unwrap(api.applications.POST('/v1/authorisations/{authorisationNumber}/revocation', { params, body }));
      }
      case 'decideRevocation': {
        const body = {
          decision,
          reasons: lines(text),
          // A legal date: the day begins at midnight in the programme's zone, not the browser's.
          effectiveFrom: decision === 'revoke' && effectiveFrom ? startOfDayIn(effectiveFrom, zone) : undefined,
        };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/revocation/decision', body, t);
        return unwrap(
          api.applications.POST('/v1/authorisations/{authorisationNumber}/revocation/decision', { params, body }),
        );
      }
      case 'decideRevalidation': {
        const body = { decision: 'confirm' as const, reasons: lines(text), conditions: lines(conditions) };
        checkRequest('applications', 'POST /v1/authorisations/{authorisationNumber}/revalidation/decision', body, t);
        return unwrap(
          api.applications.POST('/v1/authorisations/{authorisationNumber}/revalidation/decision', { params, body }),
        );
      }
    }
  }

  if (actions.length === 0) return null;
  const adverse =
    action === 'suspend' || action === 'intendRevocation' || (action === 'decideRevocation' && decision === 'revoke');
  const effect =
    action === 'decideRevocation'
      ? t(`register.actions.effect.decideRevocation.${decision}`)
      : action
        ? t(`register.actions.effect.${action}`)
        : '';
  const submitLabel =
    action === 'requestRevalidation'
      ? t('register.actions.send')
      : action === 'decideRevocation'
        ? t(`register.actions.${decision}`)
        : action === 'decideRevalidation'
          ? t('register.actions.confirm')
          : action
            ? t(`register.actions.${action}`)
            : '';
  const textField =
    action === 'requestRevalidation'
      ? 'reason'
      : action === 'suspend' || action === 'intendRevocation'
        ? 'grounds'
        : 'reasons';
  return (
    <>
      <Group>
        {actions.map((name) => (
          <Button
            key={name}
            onClick={() => open(name)}
            variant={name === 'suspend' || name === 'intendRevocation' ? 'outline' : 'filled'}
            color={name === 'suspend' || name === 'intendRevocation' ? 'red.8' : undefined}
            data-testid={`action-${name}`}
          >
            {t(`register.actions.${name}`)}
          </Button>
        ))}
      </Group>
      <ActionDialog
        opened={action !== undefined}
        onClose={() => setAction(undefined)}
        title={action ? t(`register.actions.${action}`) : ''}
        effect={effect}
        submitLabel={submitLabel}
        submitColor={adverse ? 'red.8' : undefined}
        onSubmit={async (key) => {
          await send(key);
          await queryClient.invalidateQueries({ queryKey: ['authorisations'] });
        }}
      >
        {(errors) => (
          <>
            {action === 'decideRevocation' && (
              <SegmentedControl
                aria-label={t('register.actions.decision')}
                value={decision}
                onChange={(value) => setDecision(value as typeof decision)}
                data={(['revoke', 'drop'] as const).map((value) => ({
                  value,
                  label: t(`register.actions.${value}`),
                }))}
              />
            )}
            {action === 'suspend' && statusType !== 'AEOC' && (
              <SegmentedControl
                aria-label={t('register.actions.scope')}
                value={scope}
                onChange={(value) => setScope(value as typeof scope)}
                data={[
                  { value: 'whole', label: t('register.record.scopeWhole') },
                  { value: 'security', label: t('register.record.scopeSecurity') },
                ]}
              />
            )}
            <CountedTextarea
              maxLength={4000}
              label={t(`register.actions.${textField}`)}
              description={textField === 'reason' ? undefined : t('register.actions.onePerLine')}
              required
              minRows={3}
              autosize
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={errors[textField] ?? errors[`${textField}.0`]}
              data-testid="action-text"
            />
            {action === 'requestRevalidation' && (
              <Checkbox
                label={t('register.actions.siteVisit')}
                checked={siteVisit}
                onChange={(event) => setSiteVisit(event.currentTarget.checked)}
              />
            )}
            {action === 'decideRevalidation' && (
              <CountedTextarea
                maxLength={4000}
                label={t('register.actions.conditions')}
                description={t('register.actions.onePerLine')}
                minRows={2}
                autosize
                value={conditions}
                onChange={(event) => setConditions(event.currentTarget.value)}
                error={errors['conditions'] ?? errors['conditions.0']}
              />
            )}
            {action === 'decideRevocation' && decision === 'revoke' && (
              <TextInput
                type="date"
                label={t('register.actions.effectiveFrom')}
                description={t('register.actions.effectiveFromHint', {
                  zone: zoneName,
                })}
                value={effectiveFrom}
                onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
                error={errors['effectiveFrom']}
              />
            )}
          </>
        )}
      </ActionDialog>
    </>
  );
}
