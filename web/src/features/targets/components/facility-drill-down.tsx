import { Anchor, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateField } from '@/components/date-field';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useFacilityProgress } from '../api/get-facility-progress';
import { FacilityProgressView } from './facility-progress-view';
import { useAsOfParam } from '../hooks/use-as-of-param';

/** The province officer's drill-down to one facility of the province: its indicator values and trends, never its records. */
export function FacilityDrillDown() {
  const { t } = useTranslation('targets');
  const { facilityId } = useParams();
  const [asOf, setAsOf] = useAsOfParam();
  const progress = useFacilityProgress(facilityId, asOf, true);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/province/targets?asOf=${asOf}`} size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('drill.back')}
      </Anchor>
      <PageHeader title={progress.data ? progress.data.name : t('drill.title')} subtitle={t('drill.aggregatesOnly')} />
      <DateField label={t('asOf')} value={asOf} clearable={false} w={220} onChange={(value) => value && setAsOf(String(value).slice(0, 10))} />
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {progress.data.code} · {t(`groups.${progress.data.group}`)}
          </Text>
          <FacilityProgressView progress={progress.data} />
        </>
      )}
    </Stack>
  );
}
