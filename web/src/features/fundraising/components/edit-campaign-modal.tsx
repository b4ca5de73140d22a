import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { CampaignDetail } from '../api/get-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { campaignBody, useCampaignForm, type CampaignValues } from '../utils/campaign-form';
import { CampaignFields } from './campaign-form';

const text = (value: string | null | undefined) => value ?? '';

/** Edits a draft or open campaign with the creation form's fields (its kind stays), filled with what it holds now. */
export function EditCampaignModal({ campaign, opened, onClose }: { campaign: CampaignDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('fundraising');
  const update = useUpdateCampaign(campaign.id);
  const form = useCampaignForm({
    kind: campaign.kind === 'GeneralFund' ? 'GeneralFund' : 'Campaign', title: campaign.title, purpose: campaign.purpose, scope: text(campaign.scope),
    beneficiaries: text(campaign.beneficiaries), bankBin: campaign.transfer?.bankBin ?? null, bankAccountNumber: text(campaign.transfer?.accountNumber),
    bankAccountHolder: text(campaign.transfer?.accountHolder), goodsReceptionPlace: text(campaign.goodsReceptionPlace), startDate: campaign.startDate,
    endDate: campaign.endDate ?? null, distributionDate: campaign.distributionDate ?? null, targetAmount: campaign.targetAmount ?? '',
    targetMaximum: campaign.targetMaximum ?? '',
  });
  const dialog = useFormDialog({ form, mutation: update, onClose });

  const submit = (values: CampaignValues) => {
    dialog.setErrors([]);
    update.mutate(
      // The old free-text account is kept as it is: the structured one above replaces it on the receipts and the public page.
      { version: campaign.version, bankAccount: campaign.bankAccount ?? null, ...campaignBody(values) },
      { onSuccess: () => onClose(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  };

  return (
    <FormModal dialog={dialog} opened={opened} title={t('edit.title')} failedTitle={t('edit.failed')} submitLabel={t('edit.submit')} onSubmit={form.onSubmit(submit)}>
      <CampaignFields form={form} opened={opened} kindEditable={false} />
    </FormModal>
  );
}
