import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/pager';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useStatusHints } from '../api/list-status-hints';

/**
 * The facilities whose records contradict their declared unit status (a station declaring no social
 * work while listing social-work staff and activities): a hint to follow up, shown only when there is one.
 */
export function StatusHints({ provinceId, asOf }: { provinceId: string; asOf: string }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const hints = useStatusHints(provinceId, asOf, page);
  if (!hints.data || hints.data.totalCount === 0) return null;
  return (
    <Alert color="yellow" icon={<IconBulb size={18} aria-hidden />} title={t('hints.title', { count: hints.data.totalCount, formatted: formatInteger(hints.data.totalCount, language) })} data-testid="status-hints">
      <Text size="sm" mb="xs">
        {t('hints.description')}
      </Text>
      <List size="sm" spacing={4}>
        {hints.data.items.map((hint) => (
          <List.Item key={hint.facilityId}>
            <Anchor component={Link} to={`/facilities/${hint.facilityId}`}>
              {hint.name}
            </Anchor>{' '}
            —{' '}
            {t('hints.item', {
              status: common(`unitStatus.${hint.declaredStatus}`),
              staff: formatInteger(hint.activeStaff, language),
              activities: formatInteger(hint.activitiesLastYear, language),
            })}
          </List.Item>
        ))}
      </List>
      <Pager page={page} pageSize={hints.data.pageSize} total={hints.data.totalCount} onChange={setPage} label={t('hints.pages')} />
    </Alert>
  );
}
