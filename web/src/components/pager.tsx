import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/** Below a paged table: "26–50 trong 230" and the page buttons, each labelled for screen readers. */
export function Pager({ page, pageSize, total, onChange, label }: { page: number; pageSize: number; total: number; onChange: (page: number) => void; label?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (Math.min(page, pages) - 1) * pageSize + 1;
  const to = Math.min(total, from + pageSize - 1);
  return (
    <Group justify="space-between" gap="sm" mt="xs">
      <Text size="sm" c="dimmed" data-testid="pager-range">
        {t('pager.range', { from: formatInteger(from, language), to: formatInteger(to, language), total: formatInteger(total, language) })}
      </Text>
      {pages > 1 && (
        <Pagination
          component="nav"
          aria-label={label ?? t('pager.label')}
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          siblings={1}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('pager.page', { page: p }) })}
          getControlProps={(control) =>
            control === 'previous' ? { 'aria-label': t('pager.previous') } : control === 'next' ? { 'aria-label': t('pager.next') } : {}
          }
        />
      )}
    </Group>
  );
}
