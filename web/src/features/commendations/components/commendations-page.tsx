import { Button, Group, Select, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useDeleteNomination } from '../api/delete-nomination';
import { useNominations, type Nomination } from '../api/list-nominations';
import { useSubmitNomination } from '../api/submit-nomination';
import { DecideModal } from './decide-modal';
import { NominationModal } from './nomination-modal';

const statusColor = { Draft: 'gray', Submitted: 'blue', Awarded: 'green', NotAwarded: 'red' } as const;

/** Emulation and commendation: the facility nominates and submits; the province decides; both keep the record of awards. */
export function CommendationsPage() {
  const { t } = useTranslation('commendations');
  const me = useSignedInUser();
  const [editing, setEditing] = useState<{ nomination: Nomination | null } | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const years = Array.from({ length: 6 }, (_, i) => String(dayjs().year() + 1 - i));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={me.facility?.id ? t('subtitleFacility') : t('subtitleProvince')}
        actions={
          can(me, 'commendations.nominate') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ nomination: null })}>
              {t('nominate')}
            </Button>
          )
        }
      />
      <Select
        label={t('year')}
        placeholder={t('allYears')}
        clearable
        maw={200}
        data={years}
        value={year}
        onChange={setYear}
      />
      <Tabs defaultValue="nominations" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="nominations">{t('tabs.nominations')}</Tabs.Tab>
          <Tabs.Tab value="awards">{t('tabs.awards')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nominations" pt="sm">
          <NominationList year={year ? Number(year) : undefined} onEdit={(nomination) => setEditing({ nomination })} />
        </Tabs.Panel>
        <Tabs.Panel value="awards" pt="sm">
          <AwardRecord year={year ? Number(year) : undefined} />
        </Tabs.Panel>
      </Tabs>
      <NominationModal
        key={editing?.nomination?.id ?? 'new'}
        opened={editing !== null}
        nomination={editing?.nomination ?? null}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

function NominationList({ year, onEdit }: { year?: number; onEdit: (nomination: Nomination) => void }) {
  const { t } = useTranslation('commendations');
  const me = useSignedInUser();
  const nominations = useNominations({ year });
  const submit = useSubmitNomination();
  const remove = useDeleteNomination();
  const [submitting, setSubmitting] = useState<Nomination | null>(null);
  const [deleting, setDeleting] = useState<Nomination | null>(null);
  const [deciding, setDeciding] = useState<Nomination | null>(null);
  const province = !me.facility?.id;
  const nominates = can(me, 'commendations.nominate');
  const decides = can(me, 'commendations.decide');
  return (
    <>
      <QueryTable
        query={nominations}
        label={t('tabs.nominations')}
        minWidth={800}
        columns={[t('table.year'), province && t('table.facility'), t('table.nominee'), t('table.award'), t('table.status'), t('table.decision')]}
        actionsLabel={t('table.actions')}
        empty={t('table.empty')}
        row={(n) => (
          <Table.Tr key={n.id} data-testid="nomination-row">
            <Table.Td>{n.year}</Table.Td>
            {province && <Table.Td>{n.facilityName}</Table.Td>}
            <Table.Td>
              <Text size="sm" fw={500}>
                {n.nomineeName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`nomineeKind.${n.nomineeKind}`)}
                {n.nomineeTitle ? ` · ${n.nomineeTitle}` : ''}
              </Text>
            </Table.Td>
            <Table.Td>{n.awardText ?? t(`awardKind.${n.awardKind}`)}</Table.Td>
            <Table.Td>
              <StatusBadge color={statusColor[n.status]}>{t(`status.${n.status}`)}</StatusBadge>
            </Table.Td>
            <Table.Td>
              <Decision n={n} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {nominates && n.status === 'Draft' && (
                  <>
                    <Button size="xs" variant="subtle" onClick={() => onEdit(n)}>
                      {t('actions.edit')}
                    </Button>
                    <Button size="xs" variant="light" onClick={() => setSubmitting(n)}>
                      {t('actions.submit')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(n)}>
                      {t('actions.delete')}
                    </Button>
                  </>
                )}
                {decides && n.status === 'Submitted' && (
                  <Button size="xs" onClick={() => setDeciding(n)}>
                    {t('actions.decide')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <ConfirmActionModal
        subject={submitting}
        title={t('submitConfirm.title')}
        message={(n) => t('submitConfirm.message', { name: n.nomineeName })}
        confirmLabel={t('actions.submit')}
        failedTitle={t('actions.failed')}
        mutation={submit}
        variables={(n) => ({ nominationId: n.id, version: n.version })}
        onClose={() => setSubmitting(null)}
        onDone={() => setSubmitting(null)}
      />
      <ConfirmActionModal
        subject={deleting}
        title={t('deleteConfirm.title')}
        message={(n) => t('deleteConfirm.message', { name: n.nomineeName })}
        confirmLabel={t('actions.delete')}
        failedTitle={t('actions.failed')}
        mutation={remove}
        variables={(n) => n.id}
        onClose={() => setDeleting(null)}
        onDone={() => setDeleting(null)}
      />
      <DecideModal key={deciding?.id ?? 'none'} nomination={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}

function Decision({ n }: { n: Nomination }) {
  if (n.status === 'Awarded') {
    return (
      <Text size="sm">
        {n.decisionNumber} ({formatDate(n.decisionDate)})
      </Text>
    );
  }
  if (n.status === 'NotAwarded') {
    return (
      <Text size="sm" c="dimmed">
        {n.reason}
      </Text>
    );
  }
  return null;
}

function AwardRecord({ year }: { year?: number }) {
  const { t } = useTranslation('commendations');
  const me = useSignedInUser();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const awards = useNominations({ year, status: 'Awarded', search: debounced || undefined });
  const province = !me.facility?.id;
  return (
    <Stack gap="sm">
      <TextInput label={t('search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={320} />
      <QueryTable
        query={awards}
        label={t('tabs.awards')}
        minWidth={720}
        columns={[t('table.year'), province && t('table.facility'), t('table.nominee'), t('table.award'), t('table.decision')]}
        actionsLabel={t('table.actions')}
        empty={t('table.emptyAwards')}
        row={(n) => (
          <Table.Tr key={n.id} data-testid="award-row">
            <Table.Td>{n.year}</Table.Td>
            {province && <Table.Td>{n.facilityName}</Table.Td>}
            <Table.Td>
              {n.nomineeName}
              {n.nomineeTitle ? ` · ${n.nomineeTitle}` : ''}
            </Table.Td>
            <Table.Td>{n.awardText ?? t(`awardKind.${n.awardKind}`)}</Table.Td>
            <Table.Td>
              <Decision n={n} />
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
