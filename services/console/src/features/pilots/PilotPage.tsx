import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, TableScroll } from '@aeo/web';
import { PILOT_PILL } from './PilotsPage';

const MILESTONE_PILL: Record<string, string> = {
  open: 'pill-info',
  done: 'pill-good',
  late: 'pill-warn',
  escalated: 'pill-bad',
};
const STAGE_PILL: Record<string, string> = {
  chosen: 'pill-info',
  invited: 'pill-info',
  accepted: 'pill-good',
  declined: 'pill-neutral',
  expired: 'pill-warn',
  replaced: 'pill-neutral',
  withdrawn: 'pill-neutral',
};

/** A pilot: its frame and status, objectives, milestones, and its companies with their stage and contact officer. */
export function PilotPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { id } = useParams({ from: '/pilots/$id' });
  const pilot = useQuery({
    queryKey: ['programme', 'pilot', id],
    queryFn: () => unwrap(api.programme.GET('/v1/pilots/{id}', { params: { path: { id } } })),
  });
  const participants = useQuery({
    queryKey: ['programme', 'pilot', id, 'participants'],
    queryFn: () =>
      unwrap(api.programme.GET('/v1/pilots/{pilotId}/participants', { params: { path: { pilotId: id } } })),
  });
  const officers = useQuery({
    queryKey: ['programme', 'pilot', id, 'contact-officers'],
    queryFn: () =>
      unwrap(api.programme.GET('/v1/pilots/{pilotId}/contact-officers', { params: { path: { pilotId: id } } })),
  });
  const officerOf = new Map((officers.data ?? []).map((o) => [o.taxpayerId, o.officerName ?? o.officerSub]));
  // The company's name where its officer assignment carries it (participants are listed by taxpayer id).
  const companyOf = new Map((officers.data ?? []).map((o) => [o.taxpayerId, o.companyName]));

  // The pilot itself is not open to the caller (a contact officer, another region) or not found:
  // one state for the page, not the error beside a participants table another role may read.
  if (pilot.isError)
    return (
      <Stack>
        <Anchor component={Link} to="/pilots">
          ← {t('pilots.back')}
        </Anchor>
        <QueryState query={pilot}>{() => null}</QueryState>
      </Stack>
    );

  return (
    <Stack>
      <Anchor component={Link} to="/pilots">
        ← {t('pilots.back')}
      </Anchor>
      <QueryState query={pilot}>
        {(found) => (
          <>
            <Group justify="space-between">
              <Title order={2}>
                {found.code} · {found.title}
              </Title>
              <span className={`pill ${PILOT_PILL[found.status]}`} data-testid="pilot-status">
                {t(`pilots.statuses.${found.status}`)}
              </span>
            </Group>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <Stack gap={2}>
                  <Text size="sm" c="gray.7">
                    {t('pilots.frame')}
                  </Text>
                  <Text size="sm">
                    {formatDate(found.startsOn, i18n.language)} – {formatDate(found.endsOn, i18n.language)}
                  </Text>
                </Stack>
                <Stack gap={2}>
                  <Text size="sm" c="gray.7">
                    {t('pilots.maxCompanies')}
                  </Text>
                  <Text size="sm">{found.maxCompanies}</Text>
                </Stack>
                <Stack gap={2}>
                  <Text size="sm" c="gray.7">
                    {t('pilots.stage')}
                  </Text>
                  <Text size="sm">{found.stage ? t(`pilots.workflowStages.${found.stage}`) : '—'}</Text>
                </Stack>
              </SimpleGrid>
              {found.description && (
                <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {found.description}
                </Text>
              )}
            </Card>
            <Title order={3} size="h4">
              {t('pilots.objectives')}
            </Title>
            {found.objectives.length === 0 ? (
              <Text size="sm">{t('pilots.noObjectives')}</Text>
            ) : (
              <TableScroll label={t('pilots.objectives')}>
                <Table withTableBorder aria-label={t('pilots.objectives')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('pilots.objective')}</Table.Th>
                      <Table.Th>{t('pilots.kpi')}</Table.Th>
                      <Table.Th>{t('pilots.target')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {found.objectives.map((objective) => (
                      <Table.Tr key={objective.id}>
                        <Table.Td>{objective.text}</Table.Td>
                        <Table.Td>{objective.kpiCode}</Table.Td>
                        <Table.Td>{objective.target}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
            <Title order={3} size="h4">
              {t('pilots.milestones')}
            </Title>
            {found.milestones.length === 0 ? (
              <Text size="sm">{t('pilots.noMilestones')}</Text>
            ) : (
              <TableScroll label={t('pilots.milestones')}>
                <Table withTableBorder aria-label={t('pilots.milestones')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('pilots.milestone')}</Table.Th>
                      <Table.Th>{t('pilots.workstream')}</Table.Th>
                      <Table.Th>{t('pilots.dueOn')}</Table.Th>
                      <Table.Th>{t('pilots.owner')}</Table.Th>
                      <Table.Th>{t('pilots.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {found.milestones.map((milestone) => (
                      <Table.Tr key={milestone.id}>
                        <Table.Td>{milestone.title}</Table.Td>
                        <Table.Td>{t(`pilots.workstreams.${milestone.workstream}`)}</Table.Td>
                        <Table.Td>{formatDate(milestone.dueOn, i18n.language)}</Table.Td>
                        <Table.Td>{milestone.owner}</Table.Td>
                        <Table.Td>
                          <span className={`pill ${MILESTONE_PILL[milestone.status]}`}>
                            {t(`pilots.milestoneStatuses.${milestone.status}`)}
                          </span>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </>
        )}
      </QueryState>
      <Title order={3} size="h4">
        {t('pilots.participants')}
      </Title>
      <QueryState query={participants}>
        {(list) =>
          list.participants.length === 0 ? (
            <Text size="sm">{t('pilots.noParticipants')}</Text>
          ) : (
            <TableScroll label={t('pilots.participants')}>
              <Table withTableBorder aria-label={t('pilots.participants')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pilots.rank')}</Table.Th>
                    <Table.Th>{t('pilots.companies.company')}</Table.Th>
                    <Table.Th>{t('pilots.region')}</Table.Th>
                    <Table.Th>{t('pilots.participantStage')}</Table.Th>
                    <Table.Th>{t('pilots.officer')}</Table.Th>
                    <Table.Th>{t('pilots.answeredAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.participants.map((participant) => (
                    <Table.Tr key={participant.taxpayerId}>
                      <Table.Td>{participant.rank}</Table.Td>
                      <Table.Td>
                        {companyOf.get(participant.taxpayerId) ? (
                          <>
                            <span>{companyOf.get(participant.taxpayerId)}</span>
                            <span className="cell-sub">{participant.taxpayerId}</span>
                          </>
                        ) : (
                          participant.taxpayerId
                        )}
                      </Table.Td>
                      <Table.Td>{participant.region}</Table.Td>
                      <Table.Td>
                        <span className={`pill ${STAGE_PILL[participant.stage]}`}>
                          {t(`pilots.stages.${participant.stage}`)}
                        </span>
                      </Table.Td>
                      <Table.Td>
                        {officerOf.get(participant.taxpayerId) ??
                          (participant.stage === 'accepted' ? (
                            <span className="pill pill-warn">{t('pilots.companies.noOfficer')}</span>
                          ) : (
                            '—'
                          ))}
                      </Table.Td>
                      <Table.Td>{formatDate(participant.answeredAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
    </Stack>
  );
}
