import { Card, Group, Progress, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '@/components/charts/line-chart';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProvinceSelect } from '@/components/province-select';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { useSignedInUser } from '@/lib/auth/me';
import { formatInteger, formatPercent, formatVnd } from '@/lib/format';
import { useProvinceActivities, type FacilityActivityFigures } from '../api/get-province-activities';

const share = (value: number | null | undefined, language: string) => (value == null ? '—' : formatPercent(value, language));

/** The province's view of daily activities and the workforce: per-facility figures and charts, never the records. */
export function ProvinceActivitiesPage() {
  const { t, i18n } = useTranslation('province-activities');
  const me = useSignedInUser();
  const [provinceId, setProvinceId] = useState<string | null>(me.province?.id ?? null);
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [search, setSearch] = useState('');
  const figures = useProvinceActivities(provinceId, year);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group align="flex-end">
        {!me.province && <ProvinceSelect value={provinceId} onChange={setProvinceId} />}
        <Select
          label={t('year')}
          allowDeselect={false}
          w={120}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
        />
        <TextInput label={t('search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {provinceId === null ? (
        <Text c="dimmed">{t('pickProvince')}</Text>
      ) : figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <QueryError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <>
          <Totals totals={figures.data.totals} language={i18n.language} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <SectionCard title={t('charts.months')}>
              <LineChart
                title={t('charts.months')}
                xHeader={t('charts.month')}
                xTicks={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
                formatY={formatInteger}
                series={[
                  {
                    id: 'reception',
                    name: t('figures.reception'),
                    color: 'var(--mantine-color-teal-7)',
                    points: figures.data.months.map((m) => ({ x: m.month, y: m.receptionContacts, xLabel: `${m.month}/${year}` })),
                  },
                ]}
              />
            </SectionCard>
            <SectionCard title={t('charts.channels')}>
              <Stack gap="xs">
                {figures.data.channels.map((c) => {
                  const max = Math.max(1, ...figures.data.channels.map((x) => x.items));
                  return (
                    <div key={c.channel}>
                      <Group justify="space-between">
                        <Text size="sm">{t(`channels.${c.channel}`)}</Text>
                        <Text size="sm" fw={600}>
                          {formatInteger(c.items)}
                        </Text>
                      </Group>
                      <Progress value={(100 * c.items) / max} aria-label={t(`channels.${c.channel}`)} />
                    </div>
                  );
                })}
              </Stack>
            </SectionCard>
          </SimpleGrid>
          <FacilityTable rows={figures.data.facilities.filter((f) => f.facilityName.toLowerCase().includes(search.trim().toLowerCase()))} language={i18n.language} />
        </>
      )}
    </Stack>
  );
}

function Totals({ totals, language }: { totals: FacilityActivityFigures; language: string }) {
  const { t } = useTranslation('province-activities');
  const cards: [string, string, string][] = [
    [t('figures.reception'), formatInteger(totals.receptionContacts), 'total-reception'],
    [t('figures.communication'), formatInteger(totals.communicationItems), 'total-communication'],
    [t('figures.charity'), formatInteger(totals.charityActivities), 'total-charity'],
    [t('figures.charityValue'), formatVnd(totals.charityValueVnd), 'total-charity-value'],
    [t('figures.staff'), `${formatInteger(totals.certifiedStaff)}/${formatInteger(totals.staff)}`, 'total-certified'],
    [t('figures.without'), formatInteger(totals.practisingWithout), 'total-without'],
    [t('figures.medicalTrained'), share(totals.medicalStaffTrainedPercent, language), 'total-medical-trained'],
    [t('figures.hours'), totals.hoursPerPerson == null ? '—' : String(totals.hoursPerPerson), 'total-hours'],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {cards.map(([label, value, testId]) => (
        <Card key={testId} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fz={22} fw={700} data-testid={testId}>
            {value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function FacilityTable({ rows, language }: { rows: FacilityActivityFigures[]; language: string }) {
  const { t } = useTranslation('province-activities');
  return (
    <SectionCard title={t('table.title')} description={t('table.description')}>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped highlightOnHover aria-label={t('table.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.facility')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.reception')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.communication')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.charity')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('table.beneficiaries')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('table.staff')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.without')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('table.expiring')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.medicalTrained')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.hours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.facilityId} data-testid="facility-figures">
                <Table.Td>{r.facilityName}</Table.Td>
                <Table.Td ta="right">{formatInteger(r.receptionContacts)}</Table.Td>
                <Table.Td ta="right">{formatInteger(r.communicationItems)}</Table.Td>
                <Table.Td ta="right">{formatInteger(r.charityActivities)}</Table.Td>
                <Table.Td ta="right">{formatInteger(r.charityBeneficiaries)}</Table.Td>
                <Table.Td ta="right">
                  {r.certifiedStaff}/{r.staff}
                </Table.Td>
                <Table.Td ta="right">{r.practisingWithout}</Table.Td>
                <Table.Td ta="right">{r.expiringSoon}</Table.Td>
                <Table.Td ta="right">{share(r.medicalStaffTrainedPercent, language)}</Table.Td>
                <Table.Td ta="right">{r.hoursPerPerson ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
