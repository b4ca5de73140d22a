import { Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { useFacilityMfaRequirement } from '../api/facility-mfa-requirement';
import { useSetFacilityMfaRequirement } from '../api/set-facility-mfa-requirement';

/** The facility admin's switch: two-step sign-in required of every user of the facility. */
export function MfaRequirementSwitch() {
  const { t } = useTranslation('users');
  const requirement = useFacilityMfaRequirement(true);
  const save = useSetFacilityMfaRequirement();
  const [failure, setFailure] = useState<string | null>(null);
  if (!requirement.data) return null;
  const { required, activeUsers, usersWithoutMfa } = requirement.data;
  return (
    <Paper withBorder p="md" mb="md">
      <Stack gap="xs">
        <Switch
          data-testid="facility-mfa-switch"
          checked={required}
          disabled={save.isPending}
          label={t('mfa.require')}
          onChange={(event) => {
            setFailure(null);
            save.mutate(event.currentTarget.checked, { onError: (e) => setFailure(e.message) });
          }}
        />
        <Text size="sm" c="dimmed">
          {required ? t('mfa.requiredHint', { without: usersWithoutMfa, total: activeUsers }) : t('mfa.optionalHint')}
        </Text>
        <ErrorBanner title={t('actionFailed')} messages={failure ? [failure] : []} />
      </Stack>
    </Paper>
  );
}
