import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { MoneyInput } from '@/components/money-input';
import { useBanks } from '../api/list-banks';
import type { CampaignValues } from '../utils/campaign-form';

/** The campaign fields of the creation and edit dialogs. */
export function CampaignFields({ form, opened, kindEditable }: { form: UseFormReturnType<CampaignValues>; opened: boolean; kindEditable: boolean }) {
  const { t } = useTranslation('fundraising');
  const banks = useBanks(opened);
  return (
    <>
      {kindEditable && (
        <Select
          label={t('create.kind')}
          data={(['Campaign', 'GeneralFund'] as const).map((value) => ({ value, label: t(`kind.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
      )}
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
    </>
  );
}
