import { Alert, Anchor, Badge, Button, Group, List, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconArrowMerge, IconEye, IconLock, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { ModalActions } from '@/components/modal-actions';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useClient, type ClientDetail } from '../api/get-client';
import { useClients } from '../api/list-clients';
import { useMergeClients } from '../api/merge-clients';
import { ClientConsents } from './client-consents';
import { ClientCounselling } from './client-counselling';
import { ClientDataRights } from './client-data-rights';
import { ClientFormModal } from './client-form-modal';

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/**
 * A client's own page: identifiers in full only for permitted users (the API logs each such view),
 * vulnerability categories, the cases the viewer may see. `actions` is where the app composes other
 * features' actions (opening a case).
 */
export function ClientPage({ clientId, actions, stageLabel }: { clientId: string; actions?: ReactNode; stageLabel: (stage: string) => string }) {
  const { t } = useTranslation('clients');
  const me = useSignedInUser();
  const client = useClient(clientId);
  const navigate = useNavigate();
  const [merging, { open, close }] = useDisclosure(false);
  const [editing, editDialog] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (client.isPending) return <Loading />;
  if (client.isError) return <QueryError error={client.error} onRetry={() => void client.refetch()} />;
  const c = client.data;
  const sexAndBirth = [t(`sex.${c.sex}`), c.dateOfBirth ? formatDate(c.dateOfBirth) : c.birthYear].filter(Boolean).join(' · ');

  return (
    <Stack gap="md">
      <PageHeader
        title={c.fullName}
        subtitle={sexAndBirth}
        actions={
          !c.mergedIntoId && (
            <>
              {actions}
              {/* Editing sends every field back, so it needs the identifiers in full. */}
              {can(me, 'clients.write') && c.identifiersShown && (
                <Button variant="light" leftSection={<IconPencil size={18} aria-hidden />} onClick={editDialog.open} data-testid="edit-client">
                  {t('page.edit')}
                </Button>
              )}
              {can(me, 'clients.merge') && (
                <Button variant="light" leftSection={<IconArrowMerge size={18} aria-hidden />} onClick={open}>
                  {t('page.merge')}
                </Button>
              )}
            </>
          )
        }
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      {c.mergedIntoId && (
        <Alert color="gray" title={t('page.merged')}>
          <Anchor component={Link} to={`/clients/${c.mergedIntoId}`}>
            {t('page.openMerged')}
          </Anchor>
        </Alert>
      )}
      <Group gap={6}>
        {c.vulnerabilities.map((v) => (
          <Badge key={v} variant="light">
            {t(`vulnerability.${v}`)}
          </Badge>
        ))}
        {c.createdDespiteMatches && (
          <Badge color="yellow" variant="outline">
            {t('page.createdDespiteMatches')}
          </Badge>
        )}
      </Group>
      <SectionCard
        title={t('page.identifiers')}
        description={
          <Group gap={4} component="span">
            {c.identifiersShown ? <IconEye size={14} aria-hidden /> : <IconLock size={14} aria-hidden />}
            {c.identifiersShown ? t('page.identifiersAudited') : t('page.identifiersMasked')}
          </Group>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Field label={t('form.nationalId')} value={<span data-testid="client-national-id">{c.nationalId}</span>} />
          <Field label={t('form.insuranceNumber')} value={c.insuranceNumber} />
          <Field label={t('form.patientId')} value={c.patientId} />
          <Field label={t('form.phone')} value={c.phone} />
        </SimpleGrid>
      </SectionCard>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard title={t('page.address')}>
          <Text size="sm">{[c.addressDetail, c.communeWard, c.province].filter(Boolean).join(', ') || '—'}</Text>
        </SectionCard>
        <SectionCard title={t('page.family')}>
          <Field label={t('form.guardianContact')} value={c.guardianContact} />
          <Field label={t('form.householdSituation')} value={c.householdSituation} />
        </SectionCard>
      </SimpleGrid>
      <SectionCard title={t('page.cases')}>
        {c.cases.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('page.noCases')}
          </Text>
        ) : (
          <List>
            {c.cases.map((item) => (
              <List.Item key={item.id}>
                <Anchor component={Link} to={`/cases/${item.id}`} data-testid="client-case-link">
                  {item.caseNumber} · {formatDate(item.openedOn)} — {stageLabel(item.stage)}
                </Anchor>
                {item.isSensitive && <IconLock size={14} aria-label="sensitive" style={{ marginLeft: 4 }} />}
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>
      <ClientConsents client={c} canWrite={can(me, 'clients.write') && !c.mergedIntoId && !c.restrictedSince} canRecordGround={can(me, 'personal-data.manage') && !c.mergedIntoId && !c.restrictedSince} />
      <ClientCounselling clientId={c.id} canWrite={can(me, 'clients.write') && !c.mergedIntoId && !c.restrictedSince} />
      {can(me, 'personal-data.manage') && !c.mergedIntoId && <ClientDataRights client={c} />}
      <ClientFormModal
        client={c}
        opened={editing}
        onClose={editDialog.close}
        onSaved={() => {
          editDialog.close();
          setNotice(t('page.saved'));
        }}
        onOpenExisting={(otherId) => {
          editDialog.close();
          void navigate(`/clients/${otherId}`);
        }}
      />
      <MergeModal
        client={c}
        opened={merging}
        onClose={close}
        onDone={() => {
          close();
          setNotice(t('page.mergeDone'));
        }}
      />
    </Stack>
  );
}

function MergeModal({ client, opened, onClose, onDone }: { client: ClientDetail; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('clients');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const candidates = useClients(debounced.trim(), 1, 20);
  const merge = useMergeClients(client.id);
  const options = (candidates.data?.items ?? [])
    .filter((c) => c.id !== client.id)
    .map((c) => ({ value: c.id, label: [c.fullName, c.birthYear, c.nationalIdMasked].filter(Boolean).join(' · ') }));
  return (
    <Modal opened={opened} onClose={onClose} title={t('page.mergeTitle')} size="lg">
      <Stack gap="sm">
        <ErrorBanner title={t('page.mergeFailed')} messages={merge.error ? [merge.error.message] : []} />
        <Text size="sm">{t('page.mergeText')}</Text>
        <Select
          label={t('page.duplicate')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={duplicateId}
          onChange={setDuplicateId}
          filter={({ options: all }) => all}
        />
        <ModalActions
          onCancel={onClose}
          confirmLabel={t('page.mergeSubmit')}
          loading={merge.isPending}
          onConfirm={() => duplicateId && merge.mutate({ duplicateId, version: client.version }, { onSuccess: onDone })}
        />
      </Stack>
    </Modal>
  );
}
