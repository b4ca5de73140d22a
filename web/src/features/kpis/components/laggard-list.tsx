import { SectionCard } from '@/components/section-card';
import { Anchor, Badge, Button, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiFigure, KpiIndicator } from '../api/get-province-kpis';

const firstRows = 10;

/** The facilities that pull each share down, one tab per indicator, each name a link to the facility. */
export function LaggardList({ figures }: { figures: KpiFigure[] }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
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
                <Badge size="sm" variant="light" color={figure.laggards.length > 0 ? 'red' : 'gray'} aria-hidden>
                  {figure.laggards.length}
                </Badge>
              }
              aria-label={`${common(`kpiIndicator.${figure.indicator}`)} (${figure.laggards.length})`}
            >
              {common(`kpiIndicator.${figure.indicator}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {figures.map((figure) => (
          <Tabs.Panel key={figure.indicator} value={figure.indicator} pt="sm">
            <LaggardTable indicator={figure.indicator} laggards={figure.laggards} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </SectionCard>
  );
}

function LaggardTable({ indicator, laggards }: { indicator: KpiIndicator; laggards: KpiFigure['laggards'] }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const [showAll, setShowAll] = useState(false);

  if (laggards.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid={`laggards-${indicator}`}>
        {t('laggards.none')}
      </Text>
    );

  const shown = showAll ? laggards : laggards.slice(0, firstRows);
  return (
    <div data-testid={`laggards-${indicator}`}>
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
            {shown.map((laggard) => (
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
      {laggards.length > firstRows && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
          {showAll ? t('laggards.showLess') : t('laggards.showAll', { count: laggards.length })}
        </Button>
      )}
    </div>
  );
}
