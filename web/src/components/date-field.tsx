// The calendar's styles come with the screens that show one, not with the portal's first stylesheet (issue 19).
import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { dateFormat, parseDisplayDate } from '@/lib/format';

/** A date typed or picked as dd/MM/yyyy; its value is the API's yyyy-MM-dd (or null). */
export function DateField(props: DateInputProps) {
  return (
    <DateInput
      valueFormat={dateFormat}
      dateParser={parseDisplayDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true }}
      clearable
      {...props}
    />
  );
}
