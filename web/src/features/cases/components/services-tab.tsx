import { Button, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { MoneyInput } from '@/components/money-input';
import { formatDate, formatInteger, formatVnd, todayIso } from '@/lib/format';
import type { CaseDetail } from '../api/get-case';
import { useRecordService, type ServiceType } from '../api/record-service';
import { serviceTypes } from './case-options';
import { DateField } from '@/components/date-field';

type Values = { type: ServiceType; deliveredOn: string; provider: string; quantity: number | string; valueVnd: number | string; note: string };

/** Services delivered on the case (one taxonomy, value in whole VND). */
export function ServicesTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const record = useRecordService(c.id);
  const form = useForm<Values>({
    initialValues: { type: 'Meals', deliveredOn: todayIso(), provider: '', quantity: 1, valueVnd: 0, note: '' },
    validate: { provider: (v) => (v.trim() ? null : t('services.provider')) },
  });
  const total = c.services.reduce((sum, s) => sum + s.valueVnd, 0);
  return (
    <Stack gap="md">
      {c.services.length === 0 ? (
        <Text c="dimmed">{t('services.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('tabs.services')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('services.date')}</Table.Th>
                <Table.Th>{t('services.type')}</Table.Th>
                <Table.Th>{t('services.provider')}</Table.Th>
                <Table.Th>{t('services.quantity')}</Table.Th>
                <Table.Th>{t('services.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.services.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{formatDate(s.deliveredOn)}</Table.Td>
                  <Table.Td>{t(`service.${s.type}`)}</Table.Td>
                  <Table.Td>{s.provider}</Table.Td>
                  <Table.Td>{formatInteger(s.quantity)}</Table.Td>
                  <Table.Td>{formatVnd(s.valueVnd)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={600} mt="xs">
            {t('services.total', { value: formatVnd(total) })}
          </Text>
        </Table.ScrollContainer>
      )}
      {c.stage !== 'Closed' && (
        <form
          onSubmit={form.onSubmit((v) =>
            record.mutate(
              { type: v.type, deliveredOn: v.deliveredOn, provider: v.provider.trim(), quantity: Number(v.quantity) || 1, valueVnd: Number(v.valueVnd) || 0, note: v.note.trim() || null },
              { onSuccess: () => form.reset() },
            ),
          )}
        >
          <Stack gap="xs">
            <Text fw={600}>{t('services.add')}</Text>
            <ErrorBanner title={t('services.failed')} messages={record.error ? [record.error.message] : []} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select label={t('services.type')} data={serviceTypes.map((v) => ({ value: v, label: t(`service.${v}`) }))} allowDeselect={false} {...form.getInputProps('type')} />
              <DateField label={t('services.date')} value={form.values.deliveredOn} onChange={(v) => form.setFieldValue('deliveredOn', v ?? todayIso())} />
              <TextInput label={t('services.provider')} maxLength={300} {...form.getInputProps('provider')} data-testid="service-provider" />
              <NumberInput label={t('services.quantity')} min={1} max={100000} allowDecimal={false} {...form.getInputProps('quantity')} />
              <MoneyInput label={t('services.value')} {...form.getInputProps('valueVnd')} data-testid="service-value" />
              <TextInput label={t('services.note')} maxLength={2000} {...form.getInputProps('note')} />
            </SimpleGrid>
            <Button type="submit" loading={record.isPending} style={{ alignSelf: 'flex-start' }} data-testid="record-service">
              {t('services.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
