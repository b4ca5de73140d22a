import { Alert, Badge, List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCertificateWatch } from '../api/get-certificate-watch';

/** The unit head's lists under Decree 110/2024: without a certificate, needing one by 01/01/2027, expiring within 60 days. */
export function CertificateWatchSection() {
  const { t } = useTranslation('workforce');
  const watch = useCertificateWatch();
  if (watch.isPending) return <Loading />;
  if (watch.isError) return <QueryError error={watch.error} onRetry={() => void watch.refetch()} />;
  const w = watch.data;
  const people = (list: { staffMemberId: string; fullName: string }[], testId: string) =>
    list.length === 0 ? (
      <Text c="dimmed" size="sm">
        {t('watch.nobody')}
      </Text>
    ) : (
      <List size="sm" data-testid={testId}>
        {list.map((p) => (
          <List.Item key={p.staffMemberId}>{p.fullName}</List.Item>
        ))}
      </List>
    );
  return (
    <SectionCard
      title={t('watch.title')}
      description={t('watch.description', { date: formatDate(w.requiredFrom), certified: w.certified, staff: w.activeStaff })}
    >
      {w.requiredNow && w.practisingWithout.length > 0 && (
        <Alert color="red" mb="sm" title={t('watch.requiredNow')}>
          {t('watch.requiredNowText', { count: w.practisingWithout.length })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <div>
          <Text fw={600} mb={4}>
            {t('watch.without')} <Badge color="orange">{w.practisingWithout.length}</Badge>
          </Text>
          {people(w.practisingWithout, 'watch-without')}
        </div>
        <div>
          <Text fw={600} mb={4}>
            {t('watch.byDeadline', { date: formatDate(w.requiredFrom) })} <Badge color="yellow">{w.needOneByDeadline.length}</Badge>
          </Text>
          {people(w.needOneByDeadline, 'watch-deadline')}
        </div>
        <div>
          <Text fw={600} mb={4}>
            {t('watch.expiring')} <Badge color="red">{w.expiringSoon.length}</Badge>
          </Text>
          {w.expiringSoon.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('watch.nobody')}
            </Text>
          ) : (
            <List size="sm">
              {w.expiringSoon.map((c) => (
                <List.Item key={c.certificateId}>
                  {t('watch.expiringItem', { name: c.fullName, number: c.number, date: formatDate(c.expiresOn), days: c.daysLeft })}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {w.lastCheckedAt ? t('watch.lastChecked', { at: formatDateTime(w.lastCheckedAt) }) : t('watch.notCheckedYet')}
      </Text>
    </SectionCard>
  );
}
