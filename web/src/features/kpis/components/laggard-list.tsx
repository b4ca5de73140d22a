import { SectionCard } from '@/components/section-card';
import { Anchor, Badge, Button, Group, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { KpiFigure, KpiLaggard } from '../api/get-province-kpis';
import { useKpiLaggards } from '../api/list-kpi-laggards';

const pageSize = 25;

/**
 * The facilities that pull each share down, one tab per indicator, each name a link to the facility.
 * The figures carry the first few and the count; "see all" pages through the rest from the API
 * (a province of thousands of facilities no longer sends them all with every figure).
 */
export function LaggardList({ provinceId, asOf, figures }: { provinceId: string; asOf: string; figures: KpiFigure[] }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const [tab, setTab] = useState<string | null>(figures[0]?.indicator ?? null);

  if (figures.length === 0) return null;

  return (
    <SectionCard title={t('laggards.title')} description={t('laggards.description')}>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('laggards.tabs')}>
          {figures.map((figure) => (
            <Tabs.Tab
              key={figure.indicator}
              value={figure.indicator}
              rightSection={
                <Badge size="sm" variant="light" color={figure.laggardCount > 0 ? 'red' : 'gray'} aria-hidden>
                  {formatInteger(figure.laggardCount, language)}
                </Badge>
              }
              aria-label={`${common(`kpiIndicator.${figure.indicator}`)} (${formatInteger(figure.laggardCount, language)})`}
            >
              {common(`kpiIndicator.${figure.indicator}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {figures.map((figure) => (
          <Tabs.Panel key={figure.indicator} value={figure.indicator} pt="sm">
            <LaggardPanel provinceId={provinceId} asOf={asOf} figure={figure} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </SectionCard>
  );
}

function LaggardPanel({ provinceId, asOf, figure }: { provinceId: string; asOf: string; figure: KpiFigure }) {
  const { t } = useTranslation('kpis');
  const language = useLanguage();
  const [showAll, setShowAll] = useState(false);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 300);
  const [page, setPage] = useState(1);
  const paged = useKpiLaggards(provinceId, { indicator: figure.indicator, asOf, search, page, pageSize }, showAll);

  if (figure.laggardCount === 0)
    return (
      <Text c="dimmed" size="sm" data-testid={`laggards-${figure.indicator}`}>
        {t('laggards.none')}
      </Text>
    );

  const first = figure.laggards.slice(0, 10);
  return (
    <div data-testid={`laggards-${figure.indicator}`}>
      {showAll && (
        <TextInput
          label={t('laggards.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setPage(1);
          }}
          w={280}
          mb="xs"
        />
      )}
      {showAll && paged.isError ? (
        <QueryError error={paged.error} onRetry={() => void paged.refetch()} />
      ) : (
        <LaggardTable laggards={showAll ? (paged.data?.items ?? first) : first} />
      )}
      <Group justify="space-between" mt="xs">
        {figure.laggardCount > first.length && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setShowAll((value) => !value);
              setPage(1);
            }}
            aria-expanded={showAll}
          >
            {showAll ? t('laggards.showLess') : t('laggards.showAll', { count: figure.laggardCount, formatted: formatInteger(figure.laggardCount, language) })}
          </Button>
        )}
      </Group>
      {showAll && paged.data && <Pager page={page} pageSize={pageSize} total={paged.data.totalCount} onChange={setPage} label={t('laggards.pages')} />}
    </div>
  );
}

function LaggardTable({ laggards }: { laggards: KpiLaggard[] }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('laggards.code')}</Table.Th>
            <Table.Th scope="col">{t('laggards.name')}</Table.Th>
            <Table.Th scope="col">{t('laggards.type')}</Table.Th>
            <Table.Th scope="col">{t('laggards.unitStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {laggards.map((laggard) => (
            <Table.Tr key={laggard.facilityId}>
              <Table.Td ff="monospace" fz="sm">
                {laggard.code}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/facilities/${laggard.facilityId}`} data-testid="laggard-link">
                  {laggard.name}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm">{common(`facilityType.${laggard.type}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={laggard.unitStatus === 'None' ? 'red' : 'yellow'}>
                  {common(`unitStatus.${laggard.unitStatus}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
