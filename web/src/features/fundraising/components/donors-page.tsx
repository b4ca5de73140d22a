import { Anchor, Button, Checkbox, Select, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '@/components/banners';
import { CommunePicker, type CommuneChoice } from '@/components/commune-picker';
import { FormModal } from '@/components/form-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatInteger, formatVnd } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateDonor } from '../api/create-donor';
import { useDonors } from '../api/list-donors';
import { emptyToNull } from '../utils/values';
import { DonorHistoryModal } from './donor-history-modal';

/** The facility's donors (nhà hảo tâm) with what each gave; the search ignores diacritics. */
export function DonorsPage() {
  const { t } = useTranslation('fundraising');
  const me = useSignedInUser();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const donors = useDonors(debounced.trim());
  const [creating, { open, close }] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('donors.title')}
        subtitle={t('donors.subtitle')}
        actions={can(me, 'fundraising.record') && (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open} data-testid="create-donor">{t('donors.create')}</Button>
        )}
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <TextInput mb="md" maw={420} leftSection={<IconSearch size={16} aria-hidden />} placeholder={t('donors.search')} aria-label={t('donors.search')}
        value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
      <QueryTable
        query={donors}
        label={t('donors.label')}
        minWidth={900}
        columns={[t('donors.columns.name'), t('donors.columns.kind'), t('donors.columns.contact'), t('donors.columns.cash'), t('donors.columns.goods'), t('donors.columns.gifts'), t('donors.columns.public')]}
        actionsLabel={t('donors.columns.actions')}
        empty={t('donors.empty')}
        row={(d) => (
          <Table.Tr key={d.id} data-testid="donor-row">
            <Table.Td>
              <Anchor component="button" type="button" size="sm" fw={500} onClick={() => setViewing(d.id)} aria-label={t('donors.showHistory', { name: d.name })}>
                {d.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`donors.kinds.${d.kind}`)}</Table.Td>
            <Table.Td><Text size="sm">{[d.phone, d.email].filter(Boolean).join(' · ')}</Text></Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(d.cashGiven)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(d.goodsValueGiven)}</Table.Td>
            <Table.Td>{formatInteger(d.gifts)}</Table.Td>
            <Table.Td><StatusBadge color={d.isAnonymousInPublic ? 'gray' : 'teal'}>{d.isAnonymousInPublic ? t('donors.anonymous') : t('donors.named')}</StatusBadge></Table.Td>
            <Table.Td />
          </Table.Tr>
        )}
      />
      <DonorHistoryModal donorId={viewing} onClose={() => setViewing(null)} />
      <CreateDonorModal opened={creating} onClose={close} onCreated={(name) => { close(); setNotice(name); }} />
    </>
  );
}

function CreateDonorModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (name: string) => void }) {
  const { t } = useTranslation('fundraising');
  const create = useCreateDonor();
  const form = useForm({
    initialValues: {
      kind: 'Individual' as 'Individual' | 'Organisation', name: '', phone: '', email: '', address: '', isAnonymousInPublic: false,
      place: { provinceCode: null, communeCode: null } as CommuneChoice,
    },
    validate: { name: (v) => (v.trim() ? null : t('donors.form.nameRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  const onPlace = useCallback((place: CommuneChoice) => form.setFieldValue('place', place), [form]);
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    create.mutate(
      { kind: values.kind, name: values.name.trim(), phone: emptyToNull(values.phone), email: emptyToNull(values.email), address: emptyToNull(values.address), isAnonymousInPublic: values.isAnonymousInPublic, note: null, communeCode: values.place.communeCode },
      { onSuccess: (donor) => { form.reset(); onCreated(donor.name); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={opened} title={t('donors.form.title')} failedTitle={t('donors.form.failed')} submitLabel={t('donors.create')} onSubmit={submit}>
      <Select label={t('donors.form.kind')} allowDeselect={false} data={(['Individual', 'Organisation'] as const).map((value) => ({ value, label: t(`donors.kinds.${value}`) }))} {...form.getInputProps('kind')} />
      <TextInput label={t('donors.form.name')} required maxLength={300} data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('donors.form.phone')} maxLength={32} {...form.getInputProps('phone')} />
      <TextInput label={t('donors.form.email')} type="email" maxLength={200} {...form.getInputProps('email')} />
      <CommunePicker value={form.values.place} onChange={onPlace} testId="donor-place" />
      <TextInput label={t('donors.form.address')} maxLength={500} {...form.getInputProps('address')} />
      <Checkbox label={t('donors.form.anonymous')} {...form.getInputProps('isAnonymousInPublic', { type: 'checkbox' })} />
    </FormModal>
  );
}
