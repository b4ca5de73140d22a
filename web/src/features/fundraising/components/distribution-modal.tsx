import { Anchor, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, type ComboboxItem } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { MoneyInput } from '@/components/money-input';
import { formatDate, todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { StockLine } from '../api/get-campaign';
import type { LedgerEntry } from '../api/get-statement';
import { useRecordDistribution, type RecipientKind } from '../api/record-distribution';
import { asNumber, emptyToNull } from '../utils/values';
import { useRecipientClients, type RecipientClient } from '../api/find-recipient-clients';
import { useRecipientCases } from '../api/get-recipient-cases';
import { DateField } from '@/components/date-field';

type Values = {
  form: 'cash' | 'goods';
  distributedOn: string | null;
  amount: number | string;
  stockLotId: string | null;
  quantity: number | string;
  recipientKind: RecipientKind;
  /** A registered client picked from the register (the name comes from there), or null for someone not registered. */
  clientId: string | null;
  caseId: string | null;
  /** The recipient is not a registered client: the name is typed. */
  unregistered: boolean;
  recipientName: string;
  recipientBirthYear: number | string;
  recipientCommune: string;
  departmentName: string;
  groupCount: number | string;
  groupList: string;
  description: string;
};

/** Cash or goods out of the campaign, to a patient, a department or a group activity. The API refuses more than the campaign holds. */
export function DistributionModal({ campaignId, stock, opened, onClose, onRecorded }: {
  campaignId: string; stock: StockLine[]; opened: boolean; onClose: () => void; onRecorded: (entry: LedgerEntry) => void;
}) {
  const { t } = useTranslation('fundraising');
  const record = useRecordDistribution(campaignId);
  const form = useForm<Values>({
    initialValues: {
      form: 'cash', distributedOn: todayIso(), amount: '', stockLotId: null, quantity: 1, recipientKind: 'Client', clientId: null, caseId: null, unregistered: false, recipientName: '',
      recipientBirthYear: '', recipientCommune: '', departmentName: '', groupCount: '', groupList: '', description: '',
    },
    validate: {
      distributedOn: (v) => (v ? null : t('cash.dateRequired')),
      amount: (v, values) => (values.form === 'cash' && !((asNumber(v) ?? 0) > 0) ? t('cash.amountRequired') : null),
      stockLotId: (v, values) => (values.form === 'goods' && !v ? t('distribute.lotRequired') : null),
      quantity: (v, values) => (values.form === 'goods' && !((asNumber(v) ?? 0) >= 1) ? t('goods.quantityInvalid') : null),
      clientId: (v, values) => (values.recipientKind === 'Client' && !values.unregistered && !v ? t('distribute.clientRequired') : null),
      recipientName: (v, values) => (values.recipientKind === 'Client' && values.unregistered && !v.trim() ? t('distribute.nameRequired') : null),
      departmentName: (v, values) => (values.recipientKind === 'Department' && !v.trim() ? t('distribute.departmentRequired') : null),
      groupCount: (v, values) => (values.recipientKind === 'GroupActivity' && !((asNumber(v) ?? 0) >= 1) ? t('distribute.countRequired') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: record, onClose });
  const v = form.values;
  const [picked, setPicked] = useState<RecipientClient | null>(null);
  const cases = useRecipientCases(v.recipientKind === 'Client' && !v.unregistered ? v.clientId : null);
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    const goods = values.form === 'goods';
    const registered = values.recipientKind === 'Client' && !values.unregistered;
    record.mutate(
      {
        distributedOn: values.distributedOn!, amount: goods ? null : asNumber(values.amount), stockLotId: goods ? values.stockLotId : null,
        quantity: goods ? asNumber(values.quantity) : null, recipientKind: values.recipientKind,
        // A registered client: the API names the recipient from the register; only the commune may be added here.
        recipientName: values.recipientKind === 'Client' && !registered ? values.recipientName.trim() : null,
        recipientBirthYear: values.recipientKind === 'Client' && !registered ? asNumber(values.recipientBirthYear) : null,
        clientId: registered ? values.clientId : null,
        caseId: registered ? values.caseId : null,
        recipientCommune: values.recipientKind === 'Client' ? emptyToNull(values.recipientCommune) : null,
        departmentName: values.recipientKind === 'Department' ? values.departmentName.trim() : null,
        groupCount: values.recipientKind === 'GroupActivity' ? asNumber(values.groupCount) : null,
        groupList: values.recipientKind === 'GroupActivity' ? emptyToNull(values.groupList) : null,
        description: emptyToNull(values.description),
      },
      { onSuccess: (entry) => { form.reset(); setPicked(null); onRecorded(entry); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  const inStock = stock.filter((line) => line.quantityInStock > 0);

  return (
    <FormModal dialog={dialog} opened={opened} title={t('distribute.title')} failedTitle={t('distribute.failed')} submitLabel={t('distribute.submit')} onSubmit={submit}>
      <Stack gap={4}>
        <Text size="sm" fw={500}>{t('distribute.form')}</Text>
        <SegmentedControl
          data={(['cash', 'goods'] as const).map((value) => ({ value, label: t(`distribute.forms.${value}`) }))}
          {...form.getInputProps('form')}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {v.form === 'cash' ? (
          <MoneyInput label={t('cash.amount')} required {...form.getInputProps('amount')} />
        ) : (
          <>
            <Select
              label={t('distribute.lot')}
              required
              data={inStock.map((line) => ({ value: line.lotId, label: t('distribute.lotOption', { item: line.item, left: line.quantityInStock, unit: line.unit }) }))}
              {...form.getInputProps('stockLotId')}
            />
            <NumberInput label={t('goods.quantity')} required min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps('quantity')} />
          </>
        )}
        <DateField clearable={false} label={t('cash.date')} required {...form.getInputProps('distributedOn')} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>{t('distribute.to')}</Text>
        <SegmentedControl
          data={(['Client', 'Department', 'GroupActivity'] as const).map((value) => ({ value, label: t(`distribute.kinds.${value}`) }))}
          {...form.getInputProps('recipientKind')}
        />
      </Stack>
      {v.recipientKind === 'Client' && !v.unregistered && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <RecipientClientSelect
              required
              label={t('distribute.client')}
              value={v.clientId}
              error={form.errors.clientId}
              onPick={(client) => {
                setPicked(client);
                form.setValues({ clientId: client?.id ?? null, caseId: null, recipientCommune: client?.communeWard ?? '' });
              }}
            />
            <Select
              label={t('distribute.case')}
              placeholder={v.clientId ? (cases.data?.length ? t('distribute.noCase') : t('distribute.noOpenCase')) : t('distribute.pickClientFirst')}
              disabled={!v.clientId || !cases.data?.length}
              clearable
              data={(cases.data ?? []).map((c) => ({ value: c.id, label: t('distribute.caseOption', { number: c.caseNumber, date: formatDate(c.openedOn) }) }))}
              {...form.getInputProps('caseId')}
              data-testid="recipient-case"
            />
          </SimpleGrid>
          {picked && (
            <Text size="sm" data-testid="recipient-picked">
              {t('distribute.pickedRecipient', { name: picked.fullName, year: picked.birthYear ?? '—' })}
            </Text>
          )}
          <Anchor component="button" type="button" size="sm" onClick={() => form.setValues({ unregistered: true, clientId: null, caseId: null })} style={{ alignSelf: 'flex-start' }}>
            {t('distribute.notRegistered')}
          </Anchor>
        </>
      )}
      {v.recipientKind === 'Client' && v.unregistered && (
        <>
          <Anchor component="button" type="button" size="sm" onClick={() => form.setValues({ unregistered: false })} style={{ alignSelf: 'flex-start' }}>
            {t('distribute.pickRegistered')}
          </Anchor>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('distribute.recipientName')} required maxLength={200} {...form.getInputProps('recipientName')} />
            <NumberInput label={t('distribute.birthYear')} min={1900} max={new Date().getFullYear()} allowDecimal={false} allowNegative={false} thousandSeparator="" {...form.getInputProps('recipientBirthYear')} />
            <TextInput label={t('distribute.commune')} maxLength={200} {...form.getInputProps('recipientCommune')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">{t('distribute.privacy')}</Text>
        </>
      )}
      {v.recipientKind === 'Department' && <TextInput label={t('distribute.department')} required maxLength={200} {...form.getInputProps('departmentName')} />}
      {v.recipientKind === 'GroupActivity' && (
        <>
          <NumberInput label={t('distribute.groupCount')} required min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps('groupCount')} />
          <Textarea label={t('distribute.groupList')} rows={2} maxLength={20000} {...form.getInputProps('groupList')} />
        </>
      )}
      <Textarea label={t('cash.description')} maxLength={1000} rows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}

/**
 * Picks the recipient from the facility's clients: typing searches the register (accents ignored, whole name parts),
 * each option shows the birth year and commune so two namesakes can be told apart.
 */
function RecipientClientSelect({ label, value, error, required, onPick }: {
  label: string; value: string | null; error?: ReactNode; required?: boolean; onPick: (client: RecipientClient | null) => void;
}) {
  const { t } = useTranslation('fundraising');
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 250);
  const found = useRecipientClients(term);
  const [chosen, setChosen] = useState<RecipientClient | null>(null);
  const clients = [...(chosen && !found.data?.some((c) => c.id === chosen.id) ? [chosen] : []), ...(found.data ?? [])];
  const data: ComboboxItem[] = clients.map((c) => ({
    value: c.id,
    label: [c.fullName, c.birthYear ? `(${c.birthYear})` : null, c.communeWard ? `— ${c.communeWard}` : null].filter(Boolean).join(' '),
  }));
  return (
    <Select
      searchable
      clearable
      required={required}
      label={label}
      placeholder={t('distribute.clientSearch')}
      data={data}
      value={value}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched (ignoring accents): show its answer as is.
      filter={({ options }) => options}
      nothingFoundMessage={term.length < 2 ? t('distribute.typeToSearch') : found.isFetching ? '…' : t('distribute.noClient')}
      onChange={(id) => {
        const client = clients.find((c) => c.id === id) ?? null;
        setChosen(client);
        onPick(client);
      }}
      data-testid="recipient-client"
    />
  );
}
