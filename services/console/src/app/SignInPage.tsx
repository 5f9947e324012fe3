import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@aeo/web';
import { LanguageSwitch } from '@aeo/web';

export function SignInPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={440} w="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('app.title')}
          </Title>
          <Text c="dimmed">{t('app.subtitle')}</Text>
          <Text>{t('app.signInPrompt')}</Text>
          <LanguageSwitch />
          <Button onClick={() => void auth.signIn()} data-testid="sign-in">
            {t('app.signIn')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
