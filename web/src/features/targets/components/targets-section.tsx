import { Button, Group, Modal, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { ModalActions } from '@/components/modal-actions';
import { QueryTable } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { useDeleteTarget } from '../api/delete-target';
import { useIndicators } from '../api/list-indicators';
import { useTargets, type Target } from '../api/list-targets';
import { useUpdateTarget } from '../api/update-target';
import { formatValue, indicatorName } from '../utils/progress-table';
import { TargetFormModal } from './target-form-modal';
import { TargetValueInput } from './target-value-input';

/** The province's targets of the year: set per facility group or per facility, edited, removed. */
export function TargetsSection({ provinceId, year }: { provinceId: string; year: number }) {
  const { t, i18n } = useTranslation('targets');
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
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} disabled={!indicators.data}>
            {t('targets.add')}
          </Button>
        </Group>
        <QueryTable
          query={targets}
          label={t('targets.title', { year })}
          minWidth={700}
          columns={[t('table.indicator'), t('targets.scope'), t('table.target')]}
          actionsLabel={t('targets.actions')}
          empty={t('targets.empty')}
          row={(target) => {
            const indicator = byCode.get(target.indicatorCode);
            return (
              <Table.Tr key={target.id} data-testid="target-row">
                <Table.Td>{indicatorName(indicator, i18n.language) || target.indicatorCode}</Table.Td>
                <Table.Td>{target.facilityName ?? (target.facilityGroup ? t(`groups.${target.facilityGroup}`) : '')}</Table.Td>
                <Table.Td>{formatValue(target.value, indicator?.unit, i18n.language)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => setEditing(target)}>
                      {t('targets.edit')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(target)}>
                      {t('targets.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          }}
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
