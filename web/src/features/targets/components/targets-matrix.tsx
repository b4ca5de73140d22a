import { Button, Group, Menu, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { Indicator } from '../api/get-province-progress';
import type { Target } from '../api/list-targets';
import { formatValue, indicatorName } from '../utils/progress-table';
import { buildTargetMatrix, filterRows, type FacilityGroupName } from '../utils/target-matrix';
import type { UseQueryResult } from '@tanstack/react-query';

const pageSize = 20;
const groupNames: FacilityGroupName[] = ['Preventive', 'Curative', 'CommuneStation'];

type Props = {
  targets: UseQueryResult<Target[]>;
  indicators: Indicator[];
  onAdd: () => void;
  onEdit: (target: Target) => void;
  onRemove: (target: Target) => void;
};

/**
 * The year's targets as a matrix: the group targets on top, then one row per facility with a target of
 * its own and one column per indicator, paged and filtered by group and name. Each value opens edit/remove.
 */
export function TargetsMatrix({ targets, indicators, onAdd, onEdit, onRemove }: Props) {
  const { t } = useTranslation('targets');
  const language = useLanguage();
  const [group, setGroup] = useState<FacilityGroupName | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const matrix = useMemo(() => buildTargetMatrix(targets.data ?? [], indicators.map((i) => i.code)), [targets.data, indicators]);
  const rows = useMemo(() => filterRows(matrix.facilities, group, search), [matrix, group, search]);

  if (targets.isPending) return <Loading />;
  if (targets.isError) return <QueryError error={targets.error} onRetry={() => void targets.refetch()} />;

  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  const header = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t('matrix.facility')}</Table.Th>
        {matrix.indicatorCodes.map((code) => (
          <Table.Th key={code} scope="col" fz="xs" style={{ minWidth: 110 }}>
            {indicatorName(byCode.get(code), language) || code}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
  const cell = (rowName: string, code: string, target: Target | undefined) => (
    <Table.Td key={code} ta="right">
      {target ? (
        <Menu position="bottom-end" withinPortal={false}>
          <Menu.Target>
            <UnstyledButton
              aria-label={t('matrix.cellLabel', { facility: rowName, indicator: indicatorName(byCode.get(code), language) || code, value: formatValue(target.value, byCode.get(code)?.unit, language) })}
              data-testid="matrix-value"
              style={{ textDecoration: 'underline dotted' }}
            >
              {formatValue(target.value, byCode.get(code)?.unit, language)}
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onEdit(target)}>{t('targets.edit')}</Menu.Item>
            <Menu.Item color="red" onClick={() => onRemove(target)}>
              {t('targets.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Text span c="dimmed" aria-label={t('matrix.noTarget')}>
          —
        </Text>
      )}
    </Table.Td>
  );

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {t('targets.add')}
        </Button>
        <Select
          label={t('filters.group')}
          placeholder={t('filters.all')}
          data={groupNames.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
          value={group}
          onChange={(v) => {
            setGroup(v as FacilityGroupName | null);
            setPage(1);
          }}
          clearable
          w={220}
        />
        <TextInput
          label={t('filters.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={240}
        />
        <Text size="sm" c="dimmed" pb={8} data-testid="matrix-summary">
          {t('matrix.summary', {
            targets: formatInteger(targets.data.length, language),
            facilities: formatInteger(matrix.facilities.length, language),
          })}
        </Text>
      </Group>
      {targets.data.length === 0 ? (
        <Text c="dimmed">{t('targets.empty')}</Text>
      ) : (
        <>
          {matrix.groups.length > 0 && (
            <Table.ScrollContainer minWidth={200 + matrix.indicatorCodes.length * 110}>
              <Table withTableBorder verticalSpacing="xs" aria-label={t('matrix.groupsLabel')}>
                {header}
                <Table.Tbody>
                  {matrix.groups.map((g) => (
                    <Table.Tr key={g.group} data-testid="matrix-group-row">
                      <Table.Th scope="row">{t('matrix.groupRow', { group: t(`groups.${g.group}`) })}</Table.Th>
                      {matrix.indicatorCodes.map((code) => cell(t(`groups.${g.group}`), code, g.cells[code]))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Table.ScrollContainer minWidth={200 + matrix.indicatorCodes.length * 110}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('matrix.facilitiesLabel')}>
              {header}
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.facilityId} data-testid="matrix-facility-row">
                    <Table.Th scope="row" fw={500}>
                      {row.name}
                    </Table.Th>
                    {matrix.indicatorCodes.map((code) => cell(row.name, code, row.cells[code]))}
                  </Table.Tr>
                ))}
                {shown.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={matrix.indicatorCodes.length + 1}>
                      <Text c="dimmed" ta="center">
                        {matrix.facilities.length === 0 ? t('matrix.noFacilityTargets') : t('matrix.noneMatch')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={page} pageSize={pageSize} total={rows.length} onChange={setPage} label={t('matrix.pages')} />
        </>
      )}
    </Stack>
  );
}
