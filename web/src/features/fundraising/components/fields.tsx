import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { dateFormat, parseDisplayDate } from '@/lib/format';

/** A date typed or picked as dd/MM/yyyy, held as yyyy-MM-dd. */
export function LedgerDateInput(props: DateInputProps) {
  return (
    <DateInput
      valueFormat={dateFormat}
      dateParser={parseDisplayDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
