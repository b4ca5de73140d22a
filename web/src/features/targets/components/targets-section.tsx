import { Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { ModalActions } from '@/components/modal-actions';
import { SectionCard } from '@/components/section-card';
import { useDeleteTarget } from '../api/delete-target';
import { useIndicators } from '../api/list-indicators';
import { useTargets, type Target } from '../api/list-targets';
import { useUpdateTarget } from '../api/update-target';
import { TargetFormModal } from './target-form-modal';
import { TargetsMatrix } from './targets-matrix';
import { TargetValueInput } from './target-value-input';

/** The province's targets of the year as a facility × indicator matrix: set per facility group or per facility, edited, removed. */
export function TargetsSection({ provinceId, year }: { provinceId: string; year: number }) {
  const { t } = useTranslation('targets');
  const targets = useTargets(provinceId, year);
  const indicators = useIndicators(year);
  const remove = useDeleteTarget(provinceId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Target | null>(null);
  const [removing, setRemoving] = useState<Target | null>(null);
  const byCode = new Map((indicators.data ?? []).map((i) => [i.code, i]));

  return (
    <SectionCard title={t('targets.title', { year })} description={t('targets.description')}>
      <Stack gap="sm">
        <TargetsMatrix
          targets={targets}
          indicators={indicators.data ?? []}
          onAdd={() => setAdding(true)}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
      </Stack>
      {indicators.data && (
        <TargetFormModal provinceId={provinceId} year={year} indicators={indicators.data} opened={adding} onClose={() => setAdding(false)} />
      )}
      <EditTargetModal provinceId={provinceId} target={editing} unit={editing ? byCode.get(editing.indicatorCode)?.unit : undefined} onClose={() => setEditing(null)} />
      <ConfirmActionModal
        subject={removing}
        title={t('targets.delete')}
        message={() => t('targets.deleteConfirm')}
        confirmLabel={t('targets.delete')}
        failedTitle={t('targets.failed')}
        mutation={remove}
        variables={(target) => ({ targetId: target.id, version: target.version })}
        onClose={() => setRemoving(null)}
        onDone={() => setRemoving(null)}
      />
    </SectionCard>
  );
}

function EditTargetModal({ provinceId, target, unit, onClose }: { provinceId: string; target: Target | null; unit: 'Count' | 'Percent' | 'Vnd' | undefined; onClose: () => void }) {
  const { t } = useTranslation('targets');
  const update = useUpdateTarget(provinceId);
  const [value, setValue] = useState<number | string>('');
  const close = () => {
    update.reset();
    setValue('');
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('targets.edit')}>
      {target && (
        <Stack gap="sm">
          <ErrorBanner title={t('targets.failed')} messages={update.isError ? [update.error.message] : []} />
          <TargetValueInput label={t('targets.value')} unit={unit} value={value === '' ? target.value : value} onChange={setValue} />
          <ModalActions
            onCancel={close}
            confirmLabel={t('targets.save')}
            loading={update.isPending}
            onConfirm={() => update.mutate({ targetId: target.id, value: Number(value === '' ? target.value : value), version: target.version }, { onSuccess: close })}
          />
        </Stack>
      )}
    </Modal>
  );
}
