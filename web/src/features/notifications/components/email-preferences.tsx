import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { usePreferences } from '../api/get-preferences';
import { useUpdatePreferences } from '../api/update-preferences';

/** On the profile: per kind, whether it is also e-mailed (the inbox always has it). Each tick is saved at once. */
export function EmailPreferences() {
  const { t } = useTranslation('notifications');
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        {t('preferences.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('preferences.help')}
      </Text>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <QueryError error={preferences.error} />
      ) : (
        preferences.data.map((p) => (
          <Checkbox
            key={p.kind}
            label={t(`kinds.${p.kind}`)}
            description={p.urgent ? t('preferences.urgent') : t('preferences.digest')}
            checked={p.email}
            disabled={update.isPending}
            onChange={(event) => update.mutate([{ kind: p.kind, email: event.currentTarget.checked }])}
          />
        ))
      )}
      {update.isError && <QueryError error={update.error} />}
    </Stack>
  );
}
