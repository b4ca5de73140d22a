import { FormModal } from '@/components/form-modal';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useTranslation } from 'react-i18next';
import { useCreateCampaign } from '../api/create-campaign';
import type { CampaignDetail } from '../api/get-campaign';
import { campaignBody, useCampaignForm, type CampaignValues } from '../utils/campaign-form';
import { CampaignFields } from './campaign-form';

export function CreateCampaignModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (campaign: CampaignDetail) => void }) {
  const { t } = useTranslation('fundraising');
  const create = useCreateCampaign();
  const form = useCampaignForm({
    kind: 'Campaign', title: '', purpose: '', scope: '', beneficiaries: '', bankBin: null, bankAccountNumber: '', bankAccountHolder: '',
    goodsReceptionPlace: '', startDate: todayIso(), endDate: null, distributionDate: null, targetAmount: '', targetMaximum: '',
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });

  const submit = (values: CampaignValues) => {
    dialog.setErrors([]);
    create.mutate(
      { kind: values.kind, ...campaignBody(values) },
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
      <CampaignFields form={form} opened={opened} kindEditable />
    </FormModal>
  );
}
