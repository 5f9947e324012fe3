import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationsComponents } from '@aeo/web';

export type Operator = ApplicationsComponents['schemas']['OperatorDto_Output'];
export type Registration = ApplicationsComponents['schemas']['RegisterOperatorDto'];
export type OperatorUpdate = ApplicationsComponents['schemas']['UpdateOperatorDto'];

type SupplyChainRole = Registration['supplyChainRoles'][number];
/**
 * The API's supply-chain roles, in the form's order: keyed by the generated type, so a role the
 * API adds or drops fails the type-check here instead of drifting.
 */
const SUPPLY_CHAIN_ROLE_ORDER: Record<SupplyChainRole, true> = {
  importer: true,
  exporter: true,
  'customs-broker': true,
  'freight-forwarder': true,
  carrier: true,
  'warehouse-keeper': true,
  manufacturer: true,
};
export const SUPPLY_CHAIN_ROLES = Object.keys(SUPPLY_CHAIN_ROLE_ORDER) as SupplyChainRole[];

/** What the company's forms edit: the registration's fields as typed (trimmed and sent by toRegistration / toUpdate). */
export interface OperatorFields {
  taxpayerId: string;
  name: string;
  legalForm: string;
  region: string;
  customsOffice: string;
  supplyChainRoles: string[];
  street: string;
  city: string;
  postalCode: string;
  country: string;
  contactName: string;
  email: string;
  phone: string;
  language: 'mn' | 'en';
}

export const emptyFields = (taxpayerId: string, language: 'mn' | 'en'): OperatorFields => ({
  taxpayerId,
  name: '',
  legalForm: '',
  region: '',
  customsOffice: '',
  supplyChainRoles: [],
  street: '',
  city: '',
  postalCode: '',
  country: 'MN',
  contactName: '',
  email: '',
  phone: '',
  language,
});

export const fieldsOf = (operator: Operator): OperatorFields => ({
  taxpayerId: operator.taxpayerId,
  name: operator.name,
  legalForm: operator.legalForm,
  region: operator.region,
  customsOffice: operator.customsOffice,
  supplyChainRoles: operator.supplyChainRoles,
  street: operator.address.street,
  city: operator.address.city,
  postalCode: operator.address.postalCode ?? '',
  country: operator.address.country,
  contactName: operator.contact.name,
  email: operator.contact.email,
  phone: operator.contact.phone ?? '',
  language: operator.contact.language,
});

const optional = (text: string) => text.trim() || undefined;

function addressAndContact(fields: OperatorFields) {
  return {
    address: {
      street: fields.street.trim(),
      city: fields.city.trim(),
      postalCode: optional(fields.postalCode),
      country: fields.country.trim().toUpperCase(),
    },
    contact: {
      name: fields.contactName.trim(),
      email: fields.email.trim(),
      phone: optional(fields.phone),
      language: fields.language,
    },
  };
}

export const toRegistration = (fields: OperatorFields): Registration => ({
  taxpayerId: fields.taxpayerId.trim(),
  name: fields.name.trim(),
  legalForm: fields.legalForm.trim(),
  region: fields.region.trim().toUpperCase(),
  customsOffice: fields.customsOffice.trim(),
  supplyChainRoles: fields.supplyChainRoles as Registration['supplyChainRoles'],
  ...addressAndContact(fields),
});

export const toUpdate = (fields: OperatorFields): OperatorUpdate => ({
  supplyChainRoles: fields.supplyChainRoles as OperatorUpdate['supplyChainRoles'],
  ...addressAndContact(fields),
});

/** Each body field's label, for the summary of a refusal (the API names `address.city`, the page says City). */
export function useFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    taxpayerId: t('company.taxpayerId'),
    name: t('company.name'),
    legalForm: t('company.legalForm'),
    region: t('company.region'),
    customsOffice: t('company.customsOffice'),
    supplyChainRoles: t('company.supplyChainRoles'),
    'address.street': t('company.street'),
    'address.city': t('company.city'),
    'address.postalCode': t('company.postalCode'),
    'address.country': t('company.country'),
    'contact.name': t('company.contactName'),
    'contact.email': t('company.email'),
    'contact.phone': t('company.phone'),
    'contact.language': t('company.language'),
  };
}

/**
 * The company's fields; `identity` shows the ones fixed after registration (name, legal form,
 * taxpayer id, region, customs office) as inputs. Each API field error shows beside its field.
 */
export function OperatorFieldset({
  fields,
  onChange,
  errors,
  identity,
}: {
  fields: OperatorFields;
  onChange: (fields: OperatorFields) => void;
  errors: Record<string, string>;
  identity: boolean;
}) {
  const { t } = useTranslation();
  const set = (name: keyof OperatorFields) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...fields, [name]: event.currentTarget.value });
  const text = (name: keyof OperatorFields, errorKey: string, label: string, props: object = {}) => (
    <TextInput
      label={label}
      value={fields[name] as string}
      onChange={set(name)}
      error={errors[errorKey]}
      name={errorKey}
      {...props}
    />
  );
  return (
    <Stack>
      {identity && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('taxpayerId', 'taxpayerId', t('company.taxpayerId'), { required: true, readOnly: true, maxLength: 32 })}
          {text('name', 'name', t('company.name'), { required: true, maxLength: 200 })}
          {text('legalForm', 'legalForm', t('company.legalForm'), {
            required: true,
            maxLength: 100,
            description: t('company.legalFormHint'),
          })}
          {text('region', 'region', t('company.region'), {
            required: true,
            maxLength: 40,
            description: t('company.regionHint'),
          })}
          {text('customsOffice', 'customsOffice', t('company.customsOffice'), { required: true, maxLength: 100 })}
        </SimpleGrid>
      )}
      <Checkbox.Group
        label={t('company.supplyChainRoles')}
        value={fields.supplyChainRoles}
        onChange={(supplyChainRoles) => onChange({ ...fields, supplyChainRoles })}
        error={errors['supplyChainRoles']}
        withAsterisk
      >
        <Group mt="xs">
          {SUPPLY_CHAIN_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`company.roles.${role}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Title order={3} size="h5">
        {t('company.address')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('street', 'address.street', t('company.street'), { required: true, maxLength: 200 })}
        {text('city', 'address.city', t('company.city'), { required: true, maxLength: 100 })}
        {text('postalCode', 'address.postalCode', t('company.postalCode'), { maxLength: 20 })}
        {text('country', 'address.country', t('company.country'), { required: true, maxLength: 2 })}
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('company.contact')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('contactName', 'contact.name', t('company.contactName'), { required: true, maxLength: 200 })}
        {text('email', 'contact.email', t('company.email'), { required: true, type: 'email', maxLength: 254 })}
        {text('phone', 'contact.phone', t('company.phone'), { maxLength: 40 })}
        <Select
          label={t('company.language')}
          value={fields.language}
          onChange={(language) => language && onChange({ ...fields, language: language as 'mn' | 'en' })}
          data={[
            { value: 'mn', label: t('company.languages.mn') },
            { value: 'en', label: t('company.languages.en') },
          ]}
          allowDeselect={false}
          error={errors['contact.language']}
        />
      </SimpleGrid>
    </Stack>
  );
}
