import { Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatInteger, formatPercent } from '@/lib/format';
import { useTrainingFigures } from '../api/get-training-figures';

function Share({ label, percent, detail, testId }: { label: string; percent: number | null | undefined; detail: string; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {percent == null ? '—' : formatPercent(percent, i18n.language)}
      </Text>
      <Progress value={percent ?? 0} size="sm" my={4} aria-hidden />
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </div>
  );
}

/** This year's training shares: medical staff trained (target 80%), social-work staff certified, hours per person. */
export function TrainingSharesCard() {
  const { t } = useTranslation('workforce');
  const figures = useTrainingFigures();
  return (
    <SectionCard title={t('shares.title')} description={figures.data ? t('shares.year', { year: figures.data.year }) : undefined}>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <QueryError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Share
            label={t('shares.medical')}
            percent={figures.data.medicalStaffTrainedPercent}
            detail={t('shares.medicalDetail', { trained: formatInteger(figures.data.medicalStaffTrained), total: formatInteger(figures.data.medicalStaffCount) })}
            testId="share-medical-trained"
          />
          <Share
            label={t('shares.certified')}
            percent={figures.data.certifiedPercent}
            detail={t('shares.certifiedDetail', { certified: figures.data.certifiedStaff, total: figures.data.socialWorkStaff })}
            testId="share-certified"
          />
          <div>
            <Text size="sm" c="dimmed">
              {t('shares.hours')}
            </Text>
            <Text fz={26} fw={700} data-testid="hours-per-person">
              {figures.data.hoursPerPerson ?? '—'}
            </Text>
            <Text size="xs" c="dimmed">
              {t('shares.below', { count: figures.data.belowThresholdCount, threshold: figures.data.yearlyHoursThreshold })}
            </Text>
          </div>
        </SimpleGrid>
      )}
    </SectionCard>
  );
}
