import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A filter by a country's ISO 3166-1 alpha-2 code: taken in capitals when the field is left, dropped when it is not a code. */
export function CountryCodeInput({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (country: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('recognition.list.country')}
      defaultValue={value ?? ''}
      maxLength={2}
      onBlur={(event) => {
        const country = event.currentTarget.value.trim().toUpperCase();
        onChange(/^[A-Z]{2}$/.test(country) ? country : undefined);
      }}
      w={130}
    />
  );
}
