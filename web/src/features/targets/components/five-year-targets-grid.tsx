import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../api/get-province-progress';
import { periodYears, type FiveYearGrid } from '../utils/five-year-values';
import { formatValue, indicatorName } from '../utils/progress-table';
import { TargetValueInput } from './target-value-input';

type FiveYearTargetsGridProps = {
  indicators: readonly Indicator[];
  startYear: number;
  grid: FiveYearGrid;
  /** Absent: the grid is read only (a submitted plan, the province's reading). */
  onChange?: (indicatorCode: string, year: number, value: number | '') => void;
  /** A cell's error from the API, by "code:year". */
  errors?: Record<string, string>;
};

/** The yearly targets of a five-year plan: one row per indicator, one column per year of the period, in the indicator's unit. */
export function FiveYearTargetsGrid({ indicators, startYear, grid, onChange, errors }: FiveYearTargetsGridProps) {
  const { t, i18n } = useTranslation('targets');
  const years = periodYears(startYear);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder withColumnBorders fz="sm" aria-label={t('fiveYear.targets')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.indicator')}</Table.Th>
            {years.map((year) => (
              <Table.Th key={year} ta="right" w={140}>
                {year}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.code} data-testid={`five-year-row-${indicator.code}`}>
              <Table.Td>
                <Text size="sm">{indicatorName(indicator, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`fiveYear.units.${indicator.unit}`)}
                </Text>
              </Table.Td>
              {years.map((year) => {
                const value = grid[indicator.code]?.[year] ?? '';
                const label = `${indicatorName(indicator, i18n.language)} ${year}`;
                return (
                  <Table.Td key={year} ta="right">
                    {onChange ? (
                      <TargetValueInput
                        aria-label={label}
                        size="xs"
                        unit={indicator.unit}
                        value={value}
                        error={errors?.[`${indicator.code}:${year}`]}
                        onChange={(v) => onChange(indicator.code, year, v === '' || v === null ? '' : Number(v))}
                      />
                    ) : (
                      <span aria-label={label}>{value === '' ? '—' : formatValue(value, indicator.unit, i18n.language)}</span>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
