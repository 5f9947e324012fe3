import { useEffect } from 'react';
import { Center, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** `/callback` after the exchange (main.tsx completes sign-in before the app renders): on to the company. */
export function CallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => void navigate({ to: '/', replace: true }), [navigate]);
  return (
    <Center mih="50vh">
      <Text>{t('app.signingIn')}</Text>
    </Center>
  );
}
