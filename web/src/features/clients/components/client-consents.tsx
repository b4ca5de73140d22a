import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { SectionCard } from '@/components/section-card';
import { formatDate, todayIso } from '@/lib/format';
import type { ClientDetail } from '../api/get-client';
import { useRecordConsent, type RecordConsentInput } from '../api/record-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { DateField } from '@/components/date-field';

const purposes: RecordConsentInput['purpose'][] = ['PersonalDataProcessing', 'SharingInReferral', 'StoryOrPhotoInCommunication'];

/** Consents per purpose, by the client or a guardian; withdrawing keeps the record. */
export function ClientConsents({ client, canWrite }: { client: ClientDetail; canWrite: boolean }) {
  const { t } = useTranslation('clients');
  const record = useRecordConsent(client.id);
  const withdraw = useWithdrawConsent(client.id);
  const [purpose, setPurpose] = useState<RecordConsentInput['purpose']>('SharingInReferral');
  const [givenBy, setGivenBy] = useState<RecordConsentInput['givenBy']>('Client');
  const [guardianName, setGuardianName] = useState('');
  const [givenOn, setGivenOn] = useState<string | null>(todayIso());
  const errors = [record, withdraw].map((m) => m.error?.message).filter((m): m is string => Boolean(m));
  return (
    <SectionCard title={t('consent.title')} description={t('consent.description')}>
      <Stack gap="sm">
        <ErrorBanner title={t('consent.failed')} messages={errors} />
        {client.consents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consent.empty')}
          </Text>
        ) : (
          <Table aria-label={t('consent.title')}>
            <Table.Tbody>
              {client.consents.map((c) => (
                <Table.Tr key={c.id} data-testid="consent-row">
                  <Table.Td>{t(`consent.purpose.${c.purpose}`)}</Table.Td>
                  <Table.Td>{c.givenBy === 'Guardian' ? t('consent.byGuardian', { name: c.guardianName }) : t('consent.byClient')}</Table.Td>
                  <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                  <Table.Td>
                    {c.withdrawnOn ? (
                      <Badge color="gray">{t('consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })}</Badge>
                    ) : (
                      <Group gap="xs">
                        <Badge color="teal">{t('consent.inForce')}</Badge>
                        {canWrite && (
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => withdraw.mutate({ consentId: c.id, withdrawnOn: todayIso() })}>
                            {t('consent.withdraw')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canWrite && (
          <Group align="flex-end">
            <Select label={t('consent.purposeLabel')} data={purposes.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }))} value={purpose} onChange={(v) => v && setPurpose(v as typeof purpose)} allowDeselect={false} />
            <Select
              label={t('consent.givenBy')}
              data={[
                { value: 'Client', label: t('consent.byClient') },
                { value: 'Guardian', label: t('consent.guardian') },
              ]}
              value={givenBy}
              onChange={(v) => v && setGivenBy(v as typeof givenBy)}
              allowDeselect={false}
            />
            {givenBy === 'Guardian' && <TextInput label={t('consent.guardianName')} value={guardianName} onChange={(e) => setGuardianName(e.currentTarget.value)} maxLength={200} />}
            <DateField label={t('consent.givenOn')} value={givenOn} onChange={setGivenOn} />
            <Button
              loading={record.isPending}
              disabled={!givenOn || (givenBy === 'Guardian' && !guardianName.trim())}
              onClick={() => record.mutate({ purpose, givenBy, guardianName: givenBy === 'Guardian' ? guardianName.trim() : null, givenOn: givenOn! })}
              data-testid="record-consent"
            >
              {t('consent.record')}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
