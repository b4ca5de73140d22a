import { NumberInput, Select, SimpleGrid, TextInput, Textarea, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { MoneyInput } from '@/components/money-input';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { LedgerEntry } from '../api/get-statement';
import { useCreateDonor } from '../api/create-donor';
import { useDonors } from '../api/list-donors';
import { foldVietnamese } from '@/lib/text';
import { useRecordCashReceipt } from '../api/record-cash-receipt';
import { useRecordGoodsReceipt } from '../api/record-goods-receipt';
import { asNumber, emptyToNull } from '../utils/values';
import { DateField } from '@/components/date-field';

type ModalProps = { campaignId: string; opened: boolean; onClose: () => void; onRecorded: (entry: LedgerEntry) => void };

const addDonor = '__add-donor__';

/**
 * The donor of a receipt: searched ignoring accents ("hoa phat" finds "Hòa Phát"); a name not in the list
 * is offered as "add this donor" (created at once and picked), so a typed name never falls back to anonymous.
 */
export function DonorSelect({ onChange, ...props }: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation('fundraising');
  const donors = useDonors();
  const create = useCreateDonor();
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const options = (donors.data ?? []).map((d) => ({ value: d.id, label: d.phone ? `${d.name} (${d.phone})` : d.name, name: d.name }));
  const known = options.some((o) => foldVietnamese(o.name) === foldVietnamese(typed) || o.label === typed);
  const data: ComboboxItem[] = [
    ...options.map(({ value, label }) => ({ value, label })),
    ...(typed && !known ? [{ value: addDonor, label: t('cash.addDonor', { name: typed }) }] : []),
  ];
  return (
    <Select
      searchable
      clearable
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items, search: term }) =>
        (items as ComboboxItem[]).filter((o) => o.value === addDonor || foldVietnamese(o.label).includes(foldVietnamese(term)))
      }
      nothingFoundMessage="—"
      disabled={create.isPending || props.disabled}
      onChange={(value, option) => {
        if (value !== addDonor) return onChange?.(value, option);
        create.mutate(
          { kind: 'Individual', name: typed, isAnonymousInPublic: false },
          { onSuccess: (donor) => onChange?.(donor.id, { value: donor.id, label: donor.name }) },
        );
      }}
      {...props}
    />
  );
}

/** Money received: amount in whole VND, cash or bank transfer with its reference, date, donor (or anonymous). */
export function CashReceiptModal({ campaignId, opened, onClose, onRecorded }: ModalProps) {
  const { t } = useTranslation('fundraising');
  const record = useRecordCashReceipt(campaignId);
  const form = useForm({
    initialValues: { receivedOn: todayIso() as string | null, amount: '' as number | string, method: 'BankTransfer' as 'Cash' | 'BankTransfer', reference: '', donorId: null as string | null, description: '' },
    validate: {
      receivedOn: (v) => (v ? null : t('cash.dateRequired')),
      amount: (v) => ((asNumber(v) ?? 0) > 0 ? null : t('cash.amountRequired')),
      reference: (v, values) => (values.method === 'BankTransfer' && !v.trim() ? t('cash.referenceRequired') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: record, onClose });
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    record.mutate(
      {
        receivedOn: values.receivedOn!, amount: asNumber(values.amount)!, method: values.method,
        reference: values.method === 'BankTransfer' ? values.reference.trim() : null, donorId: values.donorId, description: emptyToNull(values.description),
      },
      { onSuccess: (entry) => { form.reset(); onRecorded(entry); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={opened} title={t('cash.title')} failedTitle={t('cash.failed')} submitLabel={t('cash.submit')} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField clearable={false} label={t('cash.date')} required {...form.getInputProps('receivedOn')} />
        <MoneyInput label={t('cash.amount')} required data-autofocus {...form.getInputProps('amount')} />
        <Select
          label={t('cash.method')}
          allowDeselect={false}
          data={(['BankTransfer', 'Cash'] as const).map((value) => ({ value, label: t(`cash.methods.${value}`) }))}
          {...form.getInputProps('method')}
        />
        {form.values.method === 'BankTransfer' && <TextInput label={t('cash.reference')} required maxLength={100} {...form.getInputProps('reference')} />}
      </SimpleGrid>
      <DonorSelect label={t('cash.donor')} placeholder={t('cash.donorPlaceholder')} {...form.getInputProps('donorId')} />
      <Textarea label={t('cash.description')} maxLength={1000} rows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}

/** Goods received in kind: they enter the campaign's stock. */
export function GoodsReceiptModal({ campaignId, opened, onClose, onRecorded }: ModalProps) {
  const { t } = useTranslation('fundraising');
  const record = useRecordGoodsReceipt(campaignId);
  const form = useForm({
    initialValues: { receivedOn: todayIso() as string | null, item: '', quantity: 1 as number | string, unit: '', estimatedValue: '' as number | string, donorId: null as string | null, description: '' },
    validate: {
      receivedOn: (v) => (v ? null : t('cash.dateRequired')),
      item: (v) => (v.trim() ? null : t('goods.itemRequired')),
      unit: (v) => (v.trim() ? null : t('goods.unitRequired')),
      quantity: (v) => ((asNumber(v) ?? 0) >= 1 ? null : t('goods.quantityInvalid')),
      estimatedValue: (v) => ((asNumber(v) ?? 0) > 0 ? null : t('cash.amountRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: record, onClose });
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    record.mutate(
      {
        receivedOn: values.receivedOn!, item: values.item.trim(), quantity: asNumber(values.quantity)!, unit: values.unit.trim(),
        estimatedValue: asNumber(values.estimatedValue)!, donorId: values.donorId, description: emptyToNull(values.description),
      },
      { onSuccess: (entry) => { form.reset(); onRecorded(entry); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={opened} title={t('goods.title')} failedTitle={t('goods.failed')} submitLabel={t('cash.submit')} onSubmit={submit}>
      <TextInput label={t('goods.item')} required maxLength={200} data-autofocus {...form.getInputProps('item')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput label={t('goods.quantity')} required min={1} max={1_000_000} allowDecimal={false} allowNegative={false} {...form.getInputProps('quantity')} />
        <TextInput label={t('goods.unit')} required maxLength={50} {...form.getInputProps('unit')} />
        <MoneyInput label={t('goods.value')} required {...form.getInputProps('estimatedValue')} />
        <DateField clearable={false} label={t('cash.date')} required {...form.getInputProps('receivedOn')} />
      </SimpleGrid>
      <DonorSelect label={t('cash.donor')} placeholder={t('cash.donorPlaceholder')} {...form.getInputProps('donorId')} />
      <Textarea label={t('cash.description')} maxLength={1000} rows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}
