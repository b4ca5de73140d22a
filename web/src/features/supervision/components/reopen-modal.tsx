import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { Recommendation } from '../api/get-visit';
import { useReviewFollowUp } from '../api/review-follow-up';

/** The province reopens a done / not-feasible follow-up, saying why. */
export function ReopenModal({ recommendation, onClose }: { recommendation: Recommendation | null; onClose: () => void }) {
  const { t } = useTranslation('supervision');
  const review = useReviewFollowUp();
  const form = useForm({
    initialValues: { comment: '' },
    validate: { comment: (v) => (v.trim() ? null : t('review.commentRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: review, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={recommendation !== null}
      title={t('review.reopenTitle', { number: recommendation?.number })}
      failedTitle={t('review.failed')}
      submitLabel={t('review.reopenSubmit')}
      onSubmit={form.onSubmit((v) =>
        review.mutate(
          { recommendationId: recommendation!.id, version: recommendation!.version, outcome: 'Reopened', comment: v.comment.trim() },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <Textarea label={t('review.comment')} required rows={3} maxLength={2000} data-autofocus {...form.getInputProps('comment')} />
    </FormModal>
  );
}
