import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { ModalActions } from '@/components/modal-actions';
import { SectionCard } from '@/components/section-card';
import { formatDate, todayIso } from '@/lib/format';
import type { ClientDetail } from '../api/get-client';
import { useRecordConsent, type RecordConsentInput } from '../api/record-consent';
import { useRecordLegalGround } from '../api/record-legal-ground';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { DateField } from '@/components/date-field';

const purposes: RecordConsentInput['purpose'][] = ['PersonalDataProcessing', 'SharingInReferral', 'StoryOrPhotoInCommunication'];

type Consent = ClientDetail['consents'][number];

/**
 * Consents per purpose, by the client or a guardian; withdrawing keeps the record. A withdrawn purpose blocks new
 * processing (the API answers consent-withdrawn) until the unit head records the legal ground here.
 */
export function ClientConsents({ client, canWrite, canRecordGround = false }: { client: ClientDetail; canWrite: boolean; canRecordGround?: boolean }) {
  const { t } = useTranslation('clients');
  const record = useRecordConsent(client.id);
  const withdraw = useWithdrawConsent(client.id);
  const [purpose, setPurpose] = useState<RecordConsentInput['purpose']>('SharingInReferral');
  const [givenBy, setGivenBy] = useState<RecordConsentInput['givenBy']>('Client');
  const [guardianName, setGuardianName] = useState('');
  const [givenOn, setGivenOn] = useState<string | null>(todayIso());
  const [grounding, setGrounding] = useState<Consent | null>(null);
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
                      <Stack gap={4}>
                        <Badge color="gray">{t('consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })}</Badge>
                        {c.legalGround ? (
                          <Text size="xs" data-testid="legal-ground">
                            {t('consent.legalGround.recorded', { text: c.legalGround, date: c.legalGroundRecordedAt ? formatDate(c.legalGroundRecordedAt) : '' })}
                          </Text>
                        ) : (
                          <Group gap="xs">
                            <Text size="xs" c="red">
                              {t('consent.legalGround.blocked')}
                            </Text>
                            {canRecordGround && (
                              <Button size="compact-xs" variant="light" onClick={() => setGrounding(c)} data-testid="record-legal-ground">
                                {t('consent.legalGround.record')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Stack>
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
      {grounding && <LegalGroundModal clientId={client.id} consent={grounding} onClose={() => setGrounding(null)} />}
    </SectionCard>
  );
}

/** The unit head's legal ground for processing on for a purpose whose consent was withdrawn (Law 91/2025). */
function LegalGroundModal({ clientId, consent, onClose }: { clientId: string; consent: Consent; onClose: () => void }) {
  const { t } = useTranslation('clients');
  const save = useRecordLegalGround(clientId);
  const [text, setText] = useState('');
  const trimmed = text.trim();
  return (
    <Modal opened onClose={onClose} title={t('consent.legalGround.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) save.mutate({ consentId: consent.id, legalGround: trimmed }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('consent.legalGround.explain', { purpose: t(`consent.purpose.${consent.purpose}`) })}</Text>
          <ErrorBanner title={t('consent.legalGround.failed')} messages={save.error ? [save.error.message] : []} />
          <Textarea
            label={t('consent.legalGround.label')}
            description={t('consent.legalGround.hint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={2000}
            rows={4}
            required
            data-autofocus
          />
          <ModalActions onCancel={onClose} confirmLabel={t('consent.legalGround.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
