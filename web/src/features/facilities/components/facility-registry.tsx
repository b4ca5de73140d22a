import { Anchor, Box, Button, EmptyState, Group, Pagination, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconBuildingHospital, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProvinceSelect } from '@/components/province-select';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger } from '@/lib/format';
import { useProvinces } from '@/lib/reference-data/provinces';
import { useFacilities, type FacilitySummary } from '../api/list-facilities';
import {
  defaultPageSize,
  facilityGroups,
  facilityTypes,
  filtersFromParams,
  hasFilters,
  pageSizes,
  unitStatuses,
  withFilter,
  withPage,
  type FilterKey,
} from '../utils/registry-params';
import type { RegistryLinkState } from './facility-profile';
import { UnitStatusBadge } from './unit-status-badge';

/**
 * The facility registry for Health Department officers and platform admins. Every filter and the
 * page live in the address bar, so the back button, a reload and a shared link show the same list.
 */
export function FacilityRegistry() {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const me = useSignedInUser();
  // Only a platform admin sees several provinces; everyone else's scope is their own province already.
  const acrossProvinces = can(me, 'provinces.manage');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params, { withProvince: acrossProvinces });
  const facilities = useFacilities(filters);
  const provinces = useProvinces({ enabled: acrossProvinces });
  // The same cached list as the province filter's, for the table's province column.
  const provinceNames = new Map((provinces.data ?? []).map((p) => [p.id, p.name]));

  // The search box answers each keystroke; the address bar (and the request) follows once typing pauses.
  const urlSearch = params.get('search') ?? '';
  const [searchText, setSearchText] = useState(urlSearch);
  const [syncedSearch, setSyncedSearch] = useState(urlSearch);
  const [pushedSearch, setPushedSearch] = useState<string | null>(null);
  if (urlSearch !== syncedSearch) {
    setSyncedSearch(urlSearch);
    // The URL changed under us (back button, a link, "clear filters"): show what it says. Our own push
    // arrives later than the keystrokes typed meanwhile (navigation is asynchronous), so it leaves the box alone.
    if (urlSearch !== pushedSearch) setSearchText(urlSearch);
  }
  const pushSearch = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    if (trimmed === urlSearch.trim()) return;
    setPushedSearch(trimmed);
    // Refining a search replaces the history entry; starting or clearing one adds an entry.
    setParams(withFilter(params, 'search', trimmed), { replace: Boolean(trimmed && urlSearch) });
  }, 350);

  const setFilter = (key: FilterKey | 'pageSize', value: string | null) => setParams(withFilter(params, key, value));
  const clearFilters = () => {
    pushSearch.cancel();
    setParams(new URLSearchParams(params.get('pageSize') ? { pageSize: params.get('pageSize')! } : {}));
  };

  const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  const data = facilities.data;
  const totalPages = data?.totalPages ?? 1;
  const from = data && data.totalCount > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const to = data ? Math.min(data.totalCount, data.page * data.pageSize) : 0;

  return (
    <>
      <PageHeader
        title={t('registry.title')}
        subtitle={t('registry.subtitle')}
        actions={
          can(me, 'imports.facilities') && (
            <Button component={Link} to="/imports/facilities" variant="light" data-testid="facilities-import-link">
              {t('registry.import')}
            </Button>
          )
        }
      />

      <Paper withBorder p="md" mb="md" component="section" aria-label={t('registry.filters')}>
        <Stack gap="sm">
          <TextInput
            label={t('registry.search')}
            description={t('registry.searchHint')}
            placeholder={t('registry.searchPlaceholder')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            maxLength={200}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') pushSearch.flush();
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: acrossProvinces ? 4 : 3 }} spacing="sm">
            {acrossProvinces && (
              <ProvinceSelect
                label={t('registry.province')}
                placeholder={t('registry.all')}
                value={filters.provinceId ?? null}
                onChange={(value) => setFilter('provinceId', value)}
                clearable
              />
            )}
            <Select
              label={t('registry.type')}
              placeholder={t('registry.all')}
              data={options(facilityTypes, (v) => common(`facilityType.${v}`))}
              value={filters.type ?? null}
              onChange={(value) => setFilter('type', value)}
              clearable
            />
            <Select
              label={t('registry.group')}
              placeholder={t('registry.all')}
              data={options(facilityGroups, (v) => common(`facilityGroup.${v}`))}
              value={filters.group ?? null}
              onChange={(value) => setFilter('group', value)}
              clearable
            />
            <Select
              label={t('registry.unitStatus')}
              placeholder={t('registry.all')}
              data={options(unitStatuses, (v) => common(`unitStatus.${v}`))}
              value={filters.unitStatus ?? null}
              onChange={(value) => setFilter('unitStatus', value)}
              clearable
            />
          </SimpleGrid>
          {hasFilters(filters) && (
            <Group justify="flex-end">
              <Button variant="subtle" size="xs" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clearFilters}>
                {common('actions.reset')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      {facilities.isError && !data ? (
        <QueryError error={facilities.error} onRetry={() => void facilities.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <Paper withBorder component="section" aria-labelledby="facility-total">
          <Group justify="space-between" p="sm" gap="xs">
            <Text id="facility-total" fw={600} data-testid="facility-total" aria-live="polite">
              {t('registry.total', { count: data.totalCount, formatted: formatInteger(data.totalCount) })}
            </Text>
            {data.totalCount > 0 && (
              <Text size="sm" c="dimmed">
                {t('registry.range', { from: formatInteger(from), to: formatInteger(to), total: formatInteger(data.totalCount) })}
              </Text>
            )}
          </Group>
          {facilities.isError && <QueryError error={facilities.error} onRetry={() => void facilities.refetch()} />}
          {data.items.length === 0 ? (
            <EmptyState
              py="xl"
              icon={<IconBuildingHospital size={32} aria-hidden />}
              title={t('registry.emptyTitle')}
              description={hasFilters(filters) ? t('registry.emptyFiltered') : t('registry.emptyAll')}
              data-testid="facility-empty"
            >
              {hasFilters(filters) && (
                <EmptyState.Actions>
                  <Button variant="light" onClick={clearFilters}>
                    {common('actions.reset')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <Box style={{ opacity: facilities.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={facilities.isFetching}>
              <FacilityTable items={data.items} page={data.page} provinceNames={acrossProvinces ? provinceNames : undefined} />
            </Box>
          )}
          <Group justify="space-between" p="sm" gap="sm">
            <Select
              label={t('registry.pageSize')}
              data={pageSizes.map((size) => String(size))}
              value={String(filters.pageSize)}
              onChange={(value) => setFilter('pageSize', value === String(defaultPageSize) ? null : value)}
              allowDeselect={false}
              w={140}
              size="xs"
            />
            {totalPages > 1 && (
              <Pagination
                component="nav"
                aria-label={t('registry.pagination')}
                total={totalPages}
                value={Math.min(filters.page, totalPages)}
                onChange={(page) => setParams(withPage(params, page))}
                siblings={1}
                getItemProps={(page) => ({ 'aria-label': t('registry.page', { page }) })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('registry.previousPage') }
                    : control === 'next'
                      ? { 'aria-label': t('registry.nextPage') }
                      : {}
                }
              />
            )}
          </Group>
        </Paper>
      )}
    </>
  );
}

function FacilityTable({ items, page, provinceNames }: { items: FacilitySummary[]; page: number; provinceNames?: Map<string, string> }) {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const location = useLocation();
  const linkState: RegistryLinkState = { registrySearch: location.search };
  return (
    // At tablet width the group (implied by the type) and province columns give way to the unit status;
    // what still does not fit scrolls sideways in a region a keyboard can focus and scroll.
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} role="region" aria-label={t('registry.tableCaption', { page })}>
      <Table striped highlightOnHover verticalSpacing="xs" stickyHeader>
        <VisuallyHidden component="caption">{t('registry.tableCaption', { page })}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('registry.columns.code')}</Table.Th>
            <Table.Th scope="col">{t('registry.columns.name')}</Table.Th>
            {provinceNames && (
              <Table.Th scope="col" visibleFrom="lg">
                {t('registry.columns.province')}
              </Table.Th>
            )}
            <Table.Th scope="col">{t('registry.columns.type')}</Table.Th>
            <Table.Th scope="col" visibleFrom="lg">
              {t('registry.columns.group')}
            </Table.Th>
            {/* Wide enough that "Chỉ có cộng tác viên" is never cut short inside its badge. */}
            <Table.Th scope="col" miw={170}>
              {t('registry.columns.unitStatus')}
            </Table.Th>
            <Table.Th scope="col">{t('registry.columns.since')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('registry.columns.medicalStaff')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((facility) => (
            <Table.Tr key={facility.id} data-testid="facility-row">
              <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {facility.code}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/facilities/${facility.id}`} state={linkState} fw={500}>
                  {facility.name}
                </Anchor>
              </Table.Td>
              {provinceNames && <Table.Td visibleFrom="lg">{provinceNames.get(facility.provinceId) ?? ''}</Table.Td>}
              <Table.Td>{common(`facilityType.${facility.type}`)}</Table.Td>
              <Table.Td visibleFrom="lg">{common(`facilityGroup.${facility.group}`)}</Table.Td>
              <Table.Td>
                <UnitStatusBadge status={facility.unitStatus} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(facility.unitStatusSince)}</Table.Td>
              <Table.Td ta="right">{formatInteger(facility.medicalStaffCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
