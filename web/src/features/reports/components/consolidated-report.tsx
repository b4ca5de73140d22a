import { Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatInteger, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useExportConsolidatedReport } from '../api/export-consolidated-report';
import { consolidatedReportQuery, useConsolidatedReport, type ConsolidatedPeriod } from '../api/get-consolidated-report';
import type { ReportPeriodKind } from '../api/list-reports';
import { periodLabel } from '../utils/period';
import { ReportFigures } from './report-figures';

const kinds: ReportPeriodKind[] = ['Month', 'Quarter', 'HalfYear', 'Year', 'FiveYear'];
const maxNumberOf: Partial<Record<ReportPeriodKind, number>> = { Month: 12, Quarter: 4, HalfYear: 2 };
const reasonColor = { NotSubmitted: 'red', AwaitingApproval: 'blue', Returned: 'orange', Reopened: 'grape' } as const;

/** The last ended quarter: the period a province usually consolidates next. */
function lastQuarter(today = new Date()): ConsolidatedPeriod {
  const quarter = Math.floor(today.getMonth() / 3);
  return quarter === 0 ? { kind: 'Quarter', year: today.getFullYear() - 1, number: 4 } : { kind: 'Quarter', year: today.getFullYear(), number: quarter };
}

/**
 * The province's consolidated report to the Ministry: pick a period, see the figures summed from the approved
 * facility reports and who is missing, download it as the administrative-format PDF or as Excel.
 */
export function ConsolidatedReport({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const [period, setPeriod] = useState<ConsolidatedPeriod>(lastQuarter);
  const report = useConsolidatedReport(provinceId, period);
  const missing = useQuery({ ...consolidatedReportQuery(provinceId, period), select: (x) => x.missing });
  const exporter = useExportConsolidatedReport(provinceId);
  const maxNumber = maxNumberOf[period.kind] ?? 1;
  const fileName = `bao-cao-tong-hop-${period.kind.toLowerCase()}-${period.year}-${period.number}`;
  const data = report.data;
  return (
    <Stack gap="md">
      <SectionCard title={t('consolidated.title')} description={t('consolidated.description')}>
        <Group align="flex-end" data-testid="consolidated-period">
          <Select
            label={t('create.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={period.kind}
            onChange={(v) => v && setPeriod((p) => ({ ...p, kind: v as ReportPeriodKind, number: 1 }))}
            allowDeselect={false}
            w={180}
          />
          <NumberInput
            label={t('create.year')}
            min={2000}
            max={2100}
            allowDecimal={false}
            value={period.year}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setPeriod((p) => ({ ...p, year: v }))}
            w={110}
          />
          {maxNumber > 1 && (
            <NumberInput
              label={t(period.kind === 'Month' ? 'create.month' : 'create.number')}
              min={1}
              max={maxNumber}
              allowDecimal={false}
              value={period.number}
              onChange={(v) => typeof v === 'number' && v >= 1 && v <= maxNumber && setPeriod((p) => ({ ...p, number: v }))}
              w={100}
            />
          )}
          <Button variant="default" loading={exporter.isPending && exporter.variables?.format === 'Pdf'} onClick={() => exporter.mutate({ format: 'Pdf', fileName: `${fileName}.pdf`, period })} data-testid="consolidated-pdf">
            {t('report.exportPdf')}
          </Button>
          <Button variant="default" onClick={() => exporter.mutate({ format: 'Xlsx', fileName: `${fileName}.xlsx`, period })}>
            {t('report.exportXlsx')}
          </Button>
        </Group>
        <ErrorBanner title={t('report.exportFailed')} messages={exporter.error ? [exporter.error.message] : []} />
        {data && (
          <Stack gap={2} mt="sm">
            <Text fw={600} data-testid="consolidated-summary">
              {t('consolidated.summary', {
                period: periodLabel(t, data),
                approved: formatInteger(data.approvedFacilities),
                expected: formatInteger(data.expectedFacilities),
                share: data.approvedPercent == null ? '—' : formatPercent(data.approvedPercent, language),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('consolidated.onlyApproved')}
            </Text>
          </Stack>
        )}
      </SectionCard>
      {data && (
        <SectionCard title={t('report.figures')}>
          {data.figures ? <ReportFigures figures={data.figures} /> : <Text c="dimmed">{t('consolidated.noApproved')}</Text>}
        </SectionCard>
      )}
      <SectionCard title={t('consolidated.missing')}>
        <QueryTable
          query={missing}
          label={t('consolidated.missing')}
          minWidth={560}
          columns={[t('list.columns.facility'), t('consolidated.reason')]}
          actionsLabel={t('list.columns.actions')}
          empty={t('consolidated.noneMissing')}
          row={(m) => (
            <Table.Tr key={m.facilityId} data-testid="missing-row">
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>
                <StatusBadge color={reasonColor[m.reason]}>{t(`consolidated.reasons.${m.reason}`)}</StatusBadge>
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          )}
        />
      </SectionCard>
    </Stack>
  );
}
