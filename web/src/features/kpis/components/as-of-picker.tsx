import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type AsOfPickerProps = {
  value: string;
  onChange: (value: string) => void;
  /** Reads typed text (dd/mm/yyyy) into yyyy-MM-dd, null until it is a whole valid date. */
  parse: (text: string) => string | null;
  minDate: string;
  maxDate: string;
};

/**
 * The date the figures are computed as of: typed as dd/mm/yyyy or picked from the calendar.
 * Loaded lazily by the dashboard, so it imports nothing from the dashboard's own modules
 * (the parser and limits come as props): otherwise the bundler would merge the two chunks' exports.
 */
export function AsOfPicker({ value, onChange, parse, minDate, maxDate }: AsOfPickerProps) {
  const { t } = useTranslation('kpis');
  return (
    <DateInput
      label={t('asOf.label')}
      description={t('asOf.description')}
      placeholder={t('asOf.placeholder')}
      valueFormat="DD/MM/YYYY"
      dateParser={parse}
      value={value}
      onChange={(next) => next && onChange(next)}
      minDate={minDate}
      maxDate={maxDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      w={220}
      data-testid="kpi-as-of"
    />
  );
}
