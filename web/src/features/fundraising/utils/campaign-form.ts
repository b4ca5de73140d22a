import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { asNumber, emptyToNull } from './values';

export type CampaignValues = {
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

/** The campaign form of the creation and edit dialogs: the same fields and the same checks as the API's. */
export function useCampaignForm(initialValues: CampaignValues) {
  const { t } = useTranslation('fundraising');
  return useForm<CampaignValues>({
    initialValues,
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
}

/** The request fields both dialogs send (the kind is set at creation only). */
export function campaignBody(values: CampaignValues) {
  return {
    title: values.title.trim(), purpose: values.purpose.trim(), scope: emptyToNull(values.scope), beneficiaries: emptyToNull(values.beneficiaries),
    bankBin: values.bankBin, bankAccountNumber: emptyToNull(values.bankAccountNumber.replace(/\s/g, '')), bankAccountHolder: emptyToNull(values.bankAccountHolder),
    goodsReceptionPlace: emptyToNull(values.goodsReceptionPlace), startDate: values.startDate!,
    endDate: values.kind === 'Campaign' ? values.endDate : null, distributionDate: values.distributionDate,
    targetAmount: asNumber(values.targetAmount) || null, targetMaximum: asNumber(values.targetMaximum) || null,
  };
}
