import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ActionDialog, checkRequest, formatDate, unwrap, useApi } from '@aeo/web';
import { Item } from '../../shared/Item';
import { fieldsOf, type Operator, OperatorFieldset, toUpdate, useFieldLabels } from './operator-form';

/** The company's data; an administrator changes its contact, address and roles (PATCH /v1/operators/{id}). */
export function CompanyDetails({ operator, administrator }: { operator: Operator; administrator: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const labels = useFieldLabels();
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState(() => fieldsOf(operator));
  const { address, contact } = operator;
  return (
    <Paper withBorder p="lg" data-testid="company-details">
      <Stack>
        <Group justify="space-between">
          <Title order={2} data-testid="company-name">
            {operator.name}
          </Title>
          {administrator ? (
            <Button
              variant="default"
              onClick={() => {
                setFields(fieldsOf(operator));
                setEditing(true);
              }}
              data-testid="edit-company"
            >
              {t('company.edit')}
            </Button>
          ) : (
            <Text size="sm" c="gray.7">
              {t('company.adminOnly')}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} verticalSpacing="sm">
          <Item label={t('company.taxpayerId')}>{operator.taxpayerId}</Item>
          <Item label={t('company.legalForm')}>{operator.legalForm}</Item>
          <Item label={t('company.region')}>{operator.region}</Item>
          <Item label={t('company.customsOffice')}>{operator.customsOffice}</Item>
          <Item label={t('company.supplyChainRoles')}>
            {operator.supplyChainRoles.map((role) => t(`company.roles.${role}`, { defaultValue: role })).join(', ')}
          </Item>
          <Item label={t('company.address')}>
            {[address.street, address.city, address.postalCode, address.country].filter(Boolean).join(', ')}
          </Item>
          <Item label={t('company.contact')}>
            {[contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')}
          </Item>
          <Item label={t('company.language')}>{t(`company.languages.${contact.language}`)}</Item>
          <Item label={t('company.registeredOn')}>{formatDate(operator.createdAt, i18n.language, true)}</Item>
          <Item label={t('company.updatedOn')}>{formatDate(operator.updatedAt, i18n.language, true)}</Item>
        </SimpleGrid>
      </Stack>
      <ActionDialog
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('company.editTitle')}
        effect={t('company.editEffect')}
        submitLabel={t('company.save')}
        fieldLabels={labels}
        onSubmit={async () => {
          const body = toUpdate(fields);
          checkRequest('applications', 'PATCH /v1/operators/{operatorId}', body, t);
          await unwrap(
            api.applications.PATCH('/v1/operators/{operatorId}', {
              params: { path: { operatorId: operator.id } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['operators'] });
        }}
      >
        {(errors) => <OperatorFieldset fields={fields} onChange={setFields} errors={errors} identity={false} />}
      </ActionDialog>
    </Paper>
  );
}
