import { Anchor, Card, Group, Pagination, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FacilityGroup, ProgressState, ProvinceProgress } from '../api/get-province-progress';
import { filterLines, formatValue, indicatorName, linesOf, sortLines, type Filters, type Sort, type SortKey } from '../utils/progress-table';
import { StateBadge } from './state-badge';

const pageSize = 50;
const groups: FacilityGroup[] = ['Curative', 'Preventive', 'CommuneStation'];
const states: ProgressState[] = ['Behind', 'OnTrack', 'Met', 'NoTarget', 'NoData'];

/**
 * The province's progress table: one line per facility and indicator, sortable by column, filtered by
 * facility group, indicator, state and a facility search that ignores diacritics; lines behind target stand out.
 */
export function ProgressTable({ progress, facilityLink }: { progress: ProvinceProgress; facilityLink: (facilityId: string) => string }) {
  const { t, i18n } = useTranslation('targets');
  const [filters, setFilters] = useState<Filters>({ group: null, indicator: null, state: null, search: '' });
  const [sort, setSort] = useState<Sort>({ key: 'state', direction: 'asc' });
  const [page, setPage] = useState(1);
  const indicators = useMemo(() => new Map(progress.indicators.map((i) => [i.code, i])), [progress.indicators]);
  const all = useMemo(() => linesOf(progress), [progress]);
  const lines = useMemo(
    () => sortLines(filterLines(all, filters), sort, progress.indicators.map((i) => i.code)),
    [all, filters, sort, progress.indicators],
  );
  const pages = Math.max(1, Math.ceil(lines.length / pageSize));
  const shown = lines.slice((Math.min(page, pages) - 1) * pageSize, Math.min(page, pages) * pageSize);
  const filter = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setPage(1);
  };

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          onClick={() => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }))}
          aria-label={t('table.sortBy', { column: label })}
        >
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {label}
            </Text>
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label={t('filters.group')}
          value={filters.group}
          onChange={(value) => filter({ group: value as FacilityGroup | null })}
          data={groups.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
          placeholder={t('filters.all')}
          clearable
          w={200}
        />
        <Select
          label={t('filters.indicator')}
          value={filters.indicator}
          onChange={(value) => filter({ indicator: value })}
          data={progress.indicators.map((i) => ({ value: i.code, label: indicatorName(i, i18n.language) }))}
          placeholder={t('filters.all')}
          clearable
          searchable
          w={320}
        />
        <Select
          label={t('filters.state')}
          value={filters.state}
          onChange={(value) => filter({ state: value as ProgressState | null })}
          data={states.map((s) => ({ value: s, label: t(`states.${s}`) }))}
          placeholder={t('filters.all')}
          clearable
          w={180}
        />
        <TextInput
          label={t('filters.search')}
          value={filters.search}
          onChange={(event) => filter({ search: event.currentTarget.value })}
          leftSection={<IconSearch size={16} aria-hidden />}
          w={240}
        />
        <Text size="sm" c="dimmed" data-testid="progress-count">
          {t('table.count', { shown: lines.length, total: all.length })}
        </Text>
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('table.label')}>
            <Table.Thead>
              <Table.Tr>
                {header('facility', t('table.facility'))}
                <Table.Th scope="col">{t('table.group')}</Table.Th>
                {header('indicator', t('table.indicator'))}
                {header('actual', t('table.actual'))}
                <Table.Th scope="col">{t('table.target')}</Table.Th>
                {header('percent', t('table.percent'))}
                {header('state', t('table.state'))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" ta="center" py="md">
                      {t('table.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {shown.map((line) => {
                const indicator = indicators.get(line.indicatorCode);
                return (
                  <Table.Tr key={line.key} bg={line.state === 'Behind' ? 'var(--mantine-color-red-0)' : undefined} data-testid="progress-line">
                    <Table.Td>
                      <Anchor component={Link} to={facilityLink(line.facilityId)} size="sm">
                        {line.facilityName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`groups.${line.group}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{indicatorName(indicator, i18n.language)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {formatValue(line.actual, indicator?.unit, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={t(`sources.${line.targetSource}`)}>
                        {formatValue(line.target, indicator?.unit, i18n.language)}
                      </Text>
                      {line.previousYear !== null && (
                        <Text size="xs" c="dimmed">
                          {t('table.previousYear', { value: formatValue(line.previousYear, indicator?.unit, i18n.language) })}
                        </Text>
                      )}
                      {line.expected !== null && line.state !== 'Met' && (
                        <Text size="xs" c="dimmed">
                          {t('table.expected', { value: formatValue(line.expected, indicator?.unit, i18n.language) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{line.percentAchieved === null ? '—' : formatValue(line.percentAchieved, 'Percent', i18n.language)}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StateBadge state={line.state} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />}
    </Stack>
  );
}
