import { Accordion, Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, TableScroll } from '@aeo/web';
import type { ApplicationsComponents as components } from '@aeo/web';

type ProgrammeVersion = components['schemas']['ProgrammeVersionDto_Output'];
type TimeLimit = keyof ProgrammeVersion['document']['timeLimits'];

/** The time limits in the order a case meets them; years where the catalogue counts years. */
const TIME_LIMITS: readonly TimeLimit[] = [
  'acceptanceDays',
  'informationRequestMaxDays',
  'validationDays',
  'decisionDays',
  'maxExtensionDays',
  'hearingDays',
  'effectDays',
  'reminderDays',
  'revalidationYears',
  'reapplicationBarYears',
];

/**
 * The policy unit's programme: the version in force (the one new applications are filed under)
 * and any earlier one (applications keep theirs), with its status types, its criteria catalogue by
 * section and question, and its time limits, in the page's language.
 */
export function ProgrammePage() {
  const { t } = useTranslation();
  const api = useApi();
  const search = useSearch({ from: '/policy/programme' });
  const navigate = useNavigate({ from: '/policy/programme' });

  const current = useQuery({
    queryKey: ['applications', 'programme'],
    queryFn: () => unwrap(api.applications.GET('/v1/programme')),
  });
  const inForce = current.data?.version;
  const wanted = search.version !== undefined && search.version !== inForce ? search.version : undefined;
  const earlier = useQuery({
    queryKey: ['applications', 'programme', wanted],
    enabled: wanted !== undefined,
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/programme/versions/{version}', {
          params: { path: { version: String(wanted) } },
        }),
      ),
  });
  const shown = wanted === undefined ? current : earlier;

  return (
    <Stack>
      <Title order={2}>{t('policy.programme.title')}</Title>
      <QueryState query={current}>
        {(programme) => (
          <Select
            label={t('policy.programme.version')}
            data={Array.from({ length: programme.version }, (_, index) => programme.version - index).map((version) => ({
              value: String(version),
              label:
                version === programme.version
                  ? t('policy.programme.inForceOption', { version })
                  : t('policy.programme.versionOption', { version }),
            }))}
            value={String(search.version ?? programme.version)}
            onChange={(value) =>
              value &&
              void navigate({
                search: { version: Number(value) === programme.version ? undefined : Number(value) },
                replace: true,
              })
            }
            allowDeselect={false}
            w={260}
          />
        )}
      </QueryState>
      <QueryState query={shown}>
        {(programme) => <ProgrammeVersionView programme={programme} inForce={programme.version === inForce} />}
      </QueryState>
    </Stack>
  );
}

/** One version of the programme: its record, status types, criteria catalogue and time limits. */
function ProgrammeVersionView({ programme, inForce }: { programme: ProgrammeVersion; inForce: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'mn' ? 'mn' : 'en';
  const { document } = programme;
  const sectionTitle = new Map(document.sections.map((section) => [section.id, section.title[language]]));
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('policy.programme.versionOption', { version: programme.version })}
            </Title>
            <Text size="sm">
              {t('policy.programme.publishedAt')}: {formatDate(programme.publishedAt, i18n.language, true)} ·{' '}
              {t('policy.programme.publishedBy')}: {programme.publishedBy}
            </Text>
            {programme.note && (
              <Text size="sm">
                {t('policy.programme.note')}: {programme.note}
              </Text>
            )}
          </Stack>
          <span className={`pill ${inForce ? 'pill-good' : 'pill-neutral'}`}>
            {inForce ? t('policy.programme.inForce') : t('policy.programme.earlier')}
          </span>
        </Group>
      </Card>
      <Title order={3} size="h4">
        {t('policy.programme.statusTypes')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {document.statusTypes.map((statusType) => (
          <Card withBorder key={statusType.code}>
            <Group gap="xs" mb={6}>
              <Badge>{statusType.code}</Badge>
              <Text fw={600}>{statusType.name[language]}</Text>
            </Group>
            <Text size="sm" c="gray.7">
              {t('policy.programme.statusTypeSections')}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {statusType.sections.map((id) => (
                <li key={id}>
                  <Text size="sm">{sectionTitle.get(id) ?? id}</Text>
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('policy.programme.catalogue')}
      </Title>
      <Accordion variant="separated" multiple defaultValue={document.sections.slice(0, 1).map((s) => s.id)}>
        {document.sections.map((section) => (
          <Accordion.Item key={section.id} value={section.id}>
            <Accordion.Control>
              <Group gap="sm">
                <Text fw={600}>
                  {section.id} · {section.title[language]}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('policy.programme.sectionQuestions', { count: section.questions.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <TableScroll label={section.title[language]}>
                <Table striped aria-label={section.title[language]}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={90}>{t('policy.programme.question')}</Table.Th>
                      <Table.Th />
                      <Table.Th w={130}>{t('policy.programme.answer')}</Table.Th>
                      <Table.Th w={120}>{t('policy.programme.evidence')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {section.questions.map((question) => (
                      <Table.Tr key={question.id}>
                        <Table.Td>{question.id}</Table.Td>
                        <Table.Td>{question.text[language]}</Table.Td>
                        <Table.Td>{t(`policy.programme.answers.${question.answer}`)}</Table.Td>
                        <Table.Td>
                          {question.evidenceRequired
                            ? t('policy.programme.evidenceRequired')
                            : t('policy.programme.evidenceOptional')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Title order={3} size="h4">
        {t('policy.programme.timeLimits')}
      </Title>
      <TableScroll label={t('policy.programme.timeLimits')}>
        <Table withTableBorder maw={640} aria-label={t('policy.programme.timeLimits')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('policy.programme.limit')}</Table.Th>
              <Table.Th>{t('policy.programme.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TIME_LIMITS.map((limit) => (
              <Table.Tr key={limit}>
                <Table.Td>{t(`policy.programme.limits.${limit}`)}</Table.Td>
                <Table.Td>
                  {limit.endsWith('Years')
                    ? t('policy.programme.years', { count: document.timeLimits[limit] })
                    : t('policy.programme.days', { count: document.timeLimits[limit] })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
