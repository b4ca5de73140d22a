import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CounsellingForm } from './counselling-form';

/** A case the signed-in person may log counselling on (the app passes their assigned cases). */
export type CounsellingCase = { caseId: string; clientId: string; label: string };

/**
 * "Log a counselling session" on the start page: a collaborator picks one of their assigned cases, then fills the same
 * form as the client's page. With no assigned case there is nothing to log on, so the button says why it is disabled.
 */
export function LogCounsellingButton({ cases, onLogged }: { cases: CounsellingCase[]; onLogged?: () => void }) {
  const { t } = useTranslation('clients');
  const [opened, setOpened] = useState(false);
  const [caseId, setCaseId] = useState<string | null>(cases.length === 1 ? cases[0]!.caseId : null);
  const chosen = cases.find((c) => c.caseId === caseId);
  return (
    <>
      <Button
        variant="light"
        size="sm"
        leftSection={<IconMessageCircle size={16} aria-hidden />}
        onClick={() => setOpened(true)}
        disabled={cases.length === 0}
        title={cases.length === 0 ? t('counselling.noCase') : undefined}
        data-testid="log-counselling"
      >
        {t('counselling.log')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('counselling.log')} size="lg">
        <Stack gap="sm">
          <Select
            label={t('counselling.case')}
            data={cases.map((c) => ({ value: c.caseId, label: c.label }))}
            value={caseId}
            onChange={setCaseId}
            allowDeselect={false}
            data-testid="counselling-case"
          />
          {chosen ? (
            <CounsellingForm
              key={chosen.caseId}
              clientId={chosen.clientId}
              caseId={chosen.caseId}
              onRecorded={() => {
                setOpened(false);
                onLogged?.();
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">{t('counselling.pickCase')}</Text>
          )}
        </Stack>
      </Modal>
    </>
  );
}
