import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { MoneyInput } from '@/components/money-input';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateCampaign } from '../api/create-campaign';
import { useBanks } from '../api/list-banks';
import type { CampaignDetail } from '../api/get-campaign';
import { asNumber, emptyToNull } from '../utils/values';
import { DateField } from '@/components/date-field';

type Values = {
  kind: 'Campaign' | 'GeneralFund';
  title: string;
  purpose: string;
  scope: string;
  beneficiaries: string;
  bankBin: string | null;
  bankAccountNumber: string;
  bankAccountHolder: string;
  goodsReceptionPlace: string;
  startDate: string | null;
  endDate: string | null;
  distributionDate: string | null;
  targetAmount: number | string;
  targetMaximum: number | string;
};

export function CreateCampaignModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (campaign: CampaignDetail) => void }) {
  const { t } = useTranslation('fundraising');
  const create = useCreateCampaign();
  const form = useForm<Values>({
    initialValues: {
      kind: 'Campaign', title: '', purpose: '', scope: '', beneficiaries: '', bankBin: null, bankAccountNumber: '', bankAccountHolder: '',
      goodsReceptionPlace: '', startDate: todayIso(), endDate: null, distributionDate: null, targetAmount: '', targetMaximum: '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('create.required')),
      purpose: (v) => (v.trim() ? null : t('create.required')),
      startDate: (v) => (v ? null : t('create.required')),
      endDate: (v, values) => (values.kind === 'Campaign' && !v ? t('create.required') : null),
      // A range's top needs its minimum and is not below it (the API says the same: campaign-target-range).
      targetMaximum: (v, values) => {
        const top = asNumber(v);
        if (!top) return null;
        const bottom = asNumber(values.targetAmount);
        return bottom && top >= bottom ? null : t('create.targetRange');
      },
      bankAccountNumber: (v, values) => {
        const digits = v.replace(/\s/g, '');
        if (!digits) return values.bankBin ? t('create.required') : null;
        return /^[0-9]{6,19}$/.test(digits) ? null : t('create.accountNumber');
      },
      bankBin: (v, values) => (!v && values.bankAccountNumber.trim() ? t('create.required') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  const banks = useBanks(opened);

  const submit = (values: Values) => {
    dialog.setErrors([]);
    create.mutate(
      {
        kind: values.kind, title: values.title.trim(), purpose: values.purpose.trim(), scope: emptyToNull(values.scope),
        beneficiaries: emptyToNull(values.beneficiaries), bankBin: values.bankBin,
        bankAccountNumber: emptyToNull(values.bankAccountNumber.replace(/\s/g, '')), bankAccountHolder: emptyToNull(values.bankAccountHolder),
        goodsReceptionPlace: emptyToNull(values.goodsReceptionPlace), startDate: values.startDate!,
        endDate: values.kind === 'Campaign' ? values.endDate : null, distributionDate: values.distributionDate,
        targetAmount: asNumber(values.targetAmount) || null, targetMaximum: asNumber(values.targetMaximum) || null,
      },
      {
        onSuccess: (campaign) => {
          form.reset();
          onCreated(campaign);
        },
        onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <FormModal dialog={dialog} opened={opened} title={t('create.title')} failedTitle={t('create.failed')} submitLabel={t('create.submit')} onSubmit={form.onSubmit(submit)}>
      <Select
        label={t('create.kind')}
        data={(['Campaign', 'GeneralFund'] as const).map((value) => ({ value, label: t(`kind.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('create.titleField')} required maxLength={300} data-autofocus {...form.getInputProps('title')} />
      <Textarea label={t('create.purpose')} required maxLength={2000} rows={2} {...form.getInputProps('purpose')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('create.scope')} maxLength={1000} {...form.getInputProps('scope')} />
        <TextInput label={t('create.beneficiaries')} maxLength={1000} {...form.getInputProps('beneficiaries')} />
        <TextInput label={t('create.goodsPlace')} maxLength={300} {...form.getInputProps('goodsReceptionPlace')} />
        <DateField clearable={false} label={t('create.startDate')} required {...form.getInputProps('startDate')} />
        {form.values.kind === 'Campaign' && <DateField clearable={false} label={t('create.endDate')} required {...form.getInputProps('endDate')} />}
        <DateField label={t('create.distributionDate')} clearable {...form.getInputProps('distributionDate')} />
        <MoneyInput label={t('create.target')} {...form.getInputProps('targetAmount')} />
        <MoneyInput label={t('create.targetMaximum')} description={t('create.targetMaximumHint')} {...form.getInputProps('targetMaximum')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('create.bank')}
          searchable
          clearable
          data={(banks.data ?? []).map((b) => ({ value: b.bin, label: `${b.shortName} – ${b.name}` }))}
          data-testid="bank-select"
          {...form.getInputProps('bankBin')}
        />
        <TextInput label={t('create.accountNumber')} inputMode="numeric" maxLength={30} data-testid="account-number" {...form.getInputProps('bankAccountNumber')} />
        <TextInput label={t('create.accountHolder')} maxLength={100} {...form.getInputProps('bankAccountHolder')} />
      </SimpleGrid>
    </FormModal>
  );
}
