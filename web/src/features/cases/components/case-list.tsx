import { Anchor, Badge, Button, Group, Pagination, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconLock, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger } from '@/lib/format';
import { useExportCases } from '../api/export-cases';
import type { CaseStage } from '../api/get-case';
import { useCases } from '../api/list-cases';
import { stages } from './case-options';

/** Every case the caller may see, filtered and paged; the Excel export takes the same filters. */
export function CaseList() {
  const { t } = useTranslation('cases');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [stage, setStage] = useState<CaseStage | null>(null);
  const [mine, setMine] = useState(false);
  const [openOnly, setOpenOnly] = useState(true);
  const [page, setPage] = useState(1);
  const cases = useCases({ mine, stage, openOnly, search: debounced, page });
  const exportCases = useExportCases();
  // Collaborators may not take the case list (names, masked identifiers) away in a file: the API refuses, so no button.
  const mayExport = can(useSignedInUser(), 'cases.export');
  const filtersChanged = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <SectionCard title={t('work.allCases')}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('work.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => filtersChanged(setSearch)(e.currentTarget.value)}
            maxLength={200}
            data-testid="case-search"
          />
          <Select
            label={t('work.stageFilter')}
            placeholder={t('work.allStages')}
            data={stages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            value={stage}
            onChange={(value) => filtersChanged(setStage)(value as CaseStage | null)}
            clearable
          />
          <Switch label={t('work.mine')} checked={mine} onChange={(e) => filtersChanged(setMine)(e.currentTarget.checked)} />
          <Switch label={t('work.openOnly')} checked={openOnly} onChange={(e) => filtersChanged(setOpenOnly)(e.currentTarget.checked)} />
          {mayExport && (
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exportCases.isPending}
              onClick={() => exportCases.mutate({ mine, openOnly, stage: stage ?? undefined, search: debounced || undefined })}
              data-testid="export-cases"
            >
              {t('work.export')}
            </Button>
          )}
        </Group>
        {cases.isError && <QueryError error={cases.error} onRetry={() => void cases.refetch()} />}
        {cases.data && (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={t('work.allCases')}>
                <Table.Thead>
                  <Table.Tr>
                    {(['number', 'client', 'stage', 'priority', 'risk', 'openedOn', 'worker'] as const).map((column) => (
                      <Table.Th key={column} scope="col">
                        {t(`work.columns.${column}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cases.data.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={7}>
                        <Text size="sm" c="dimmed" ta="center">
                          {t('work.empty')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {cases.data.items.map((c) => (
                    <Table.Tr key={c.id} data-testid="case-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="case-number">
                        {c.caseNumber}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
                          {c.clientName}
                        </Anchor>
                        {c.isSensitive && <IconLock size={12} aria-label={t('page.sensitive')} style={{ marginLeft: 4 }} />}
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light">
                          {t(`stage.${c.stage}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{t(`priority.${c.priority}`)}</Table.Td>
                      <Table.Td>{t(`risk.${c.riskLevel}`)}</Table.Td>
                      <Table.Td>{formatDate(c.openedOn)}</Table.Td>
                      <Table.Td>{c.assignedWorkerName ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('work.total', { count: cases.data.totalCount, formatted: formatInteger(cases.data.totalCount) })}
              </Text>
              {cases.data.totalPages > 1 && <Pagination total={cases.data.totalPages} value={page} onChange={setPage} size="sm" />}
            </Group>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
