import { Box, Group, NativeSelect, Paper, Switch, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { foldVietnamese } from '@/lib/text';
import { useProvinceMap, type MapCommune, type MapFacility, type ProvinceMap as ProvinceMapData } from '../api/get-province-map';

type UnitStatus = MapFacility['unitStatus'];
type FacilityGroup = MapFacility['group'];

/** Unit status colours, from none (red) to a department (dark green); a facility pulling its share down gets a dark ring. */
const statusColor: Record<UnitStatus, string> = {
  None: 'var(--mantine-color-red-6)',
  CollaboratorsOnly: 'var(--mantine-color-yellow-5)',
  Team: 'var(--mantine-color-teal-5)',
  Department: 'var(--mantine-color-green-9)',
};
const statuses: UnitStatus[] = ['None', 'CollaboratorsOnly', 'Team', 'Department'];
const groups: FacilityGroup[] = ['Preventive', 'Curative', 'CommuneStation'];

/**
 * The province as a tile grid: one box per official commune (2025 list) holding a tile per facility,
 * coloured by unit status and ringed when the facility pulls its KPI share down; each tile links to
 * the facility. No offline boundary data exists for the merged communes, so tiles replace a map.
 */
export function ProvinceMap({ provinceId, asOf }: { provinceId: string; asOf: string }) {
  const { t } = useTranslation('kpis');
  const map = useProvinceMap(provinceId, asOf);
  return (
    <SectionCard title={t('map.title')} description={t('map.description')}>
      {map.isPending ? <Loading /> : map.isError ? <QueryError error={map.error} onRetry={() => void map.refetch()} /> : <MapBody map={map.data} />}
    </SectionCard>
  );
}

function MapBody({ map }: { map: ProvinceMapData }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const [group, setGroup] = useState<FacilityGroup | null>(null);
  const [onlyLaggards, setOnlyLaggards] = useState(false);
  const [search, setSearch] = useState('');

  const communes = useMemo(() => {
    const folded = foldVietnamese(search);
    return map.communes
      .map((c) => ({ ...c, facilities: c.facilities.filter((f) => group === null || f.group === group) }))
      .filter((c) => !onlyLaggards || c.facilities.some((f) => !f.countsTowardTarget))
      .filter((c) => folded === '' || foldVietnamese(c.name || t('map.unplaced')).includes(folded));
  }, [map, group, onlyLaggards, search, t]);

  const counts = statuses.map((s) => ({
    status: s,
    count: map.communes.reduce((sum, c) => sum + c.facilities.filter((f) => f.unitStatus === s && (group === null || f.group === group)).length, 0),
  }));
  const laggards = map.communes.reduce((sum, c) => sum + c.facilities.filter((f) => !f.countsTowardTarget && (group === null || f.group === group)).length, 0);

  if (map.communes.length === 0) return <Text c="dimmed">{t('map.noCommunes')}</Text>;

  return (
    <>
      <Group align="flex-end" gap="sm" mb="sm">
        {/* Native select, title tooltips and a plain scroll box: no popover library on the dashboard (issue 19). */}
        <NativeSelect
          label={t('map.group')}
          data={[{ value: '', label: t('map.allGroups') }, ...groups.map((g) => ({ value: g, label: common(`facilityGroup.${g}`) }))]}
          value={group ?? ''}
          onChange={(event) => setGroup((event.currentTarget.value || null) as FacilityGroup | null)}
          w={220}
        />
        <TextInput
          label={t('map.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={220}
        />
        <Switch label={t('map.onlyLaggards')} checked={onlyLaggards} onChange={(event) => setOnlyLaggards(event.currentTarget.checked)} pb={8} />
      </Group>
      <Group gap="md" mb="sm" data-testid="map-legend" aria-label={t('map.legend')} role="list">
        {counts.map(({ status, count }) => (
          <Group key={status} gap={6} role="listitem">
            <Swatch color={statusColor[status]} />
            <Text size="sm">
              {common(`unitStatus.${status}`)} ({formatInteger(count, language)})
            </Text>
          </Group>
        ))}
        <Group gap={6} role="listitem">
          <Swatch color="var(--mantine-color-gray-2)" ring />
          <Text size="sm">{t('map.laggardLegend', { count: laggards, formatted: formatInteger(laggards, language) })}</Text>
        </Group>
        <Text size="sm" c="dimmed" role="listitem">
          {t('map.shapeLegend')}
        </Text>
      </Group>
      <Box mah={560} style={{ overflowY: 'auto' }}>
        <Box
          component="ul"
          aria-label={t('map.gridLabel')}
          data-testid="map-grid"
          p={0}
          m={0}
          style={{ listStyle: 'none', display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(132px, 1fr))', gap: 6 }}
        >
          {communes.map((c) => (
            <CommuneTile key={c.code ?? 'unplaced'} commune={c} />
          ))}
        </Box>
        {communes.length === 0 && <Text c="dimmed">{t('map.noneMatch')}</Text>}
      </Box>
    </>
  );
}

function Swatch({ color, ring = false }: { color: string; ring?: boolean }) {
  return (
    <Box
      aria-hidden
      w={14}
      h={14}
      style={{ background: color, borderRadius: 3, outline: ring ? '2px solid var(--mantine-color-dark-7)' : undefined, outlineOffset: 1 }}
    />
  );
}

function CommuneTile({ commune }: { commune: MapCommune }) {
  const { t } = useTranslation('kpis');
  const name = commune.code ? commune.name : t('map.unplaced');
  const pulling = commune.facilities.filter((f) => !f.countsTowardTarget).length;
  return (
    <Paper
      component="li"
      withBorder
      p={6}
      data-testid={`commune-${commune.code ?? 'unplaced'}`}
      aria-label={t('map.communeLabel', { name, count: commune.facilities.length, pulling })}
      style={{ borderColor: pulling > 0 ? 'var(--mantine-color-red-4)' : undefined, background: commune.facilities.length === 0 ? 'var(--mantine-color-gray-0)' : undefined }}
    >
      <Text size="xs" fw={600} lineClamp={2} title={name}>
        {name}
      </Text>
      {commune.facilities.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('map.noFacility')}
        </Text>
      ) : (
        <Group gap={4} mt={4}>
          {commune.facilities.map((f) => (
            <FacilityTile key={f.id} facility={f} />
          ))}
        </Group>
      )}
    </Paper>
  );
}

function FacilityTile({ facility }: { facility: MapFacility }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const label = t(facility.countsTowardTarget ? 'map.facilityLabel' : 'map.facilityLabelPulling', {
    name: facility.name,
    status: common(`unitStatus.${facility.unitStatus}`),
  });
  return (
    <Box
      component={Link}
      to={`/facilities/${facility.id}`}
      aria-label={label}
      title={label}
      data-testid="map-facility"
      data-status={facility.unitStatus}
      data-pulling={!facility.countsTowardTarget}
      w={16}
      h={16}
      style={{
        display: 'block',
        background: statusColor[facility.unitStatus],
        borderRadius: facility.group === 'Curative' ? 3 : 8,
        outline: facility.countsTowardTarget ? undefined : '2px solid var(--mantine-color-dark-7)',
        outlineOffset: 1,
      }}
    />
  );
}
