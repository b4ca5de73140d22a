import { Badge, Button, Card, Checkbox, Group, Modal, MultiSelect, NumberInput, Pagination, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarRepeat, IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import { Loading } from '@/components/loading';
import { MoneyInput } from '@/components/money-input';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import type { Schemas } from '@/lib/api/client';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger, formatVnd, toIsoDate } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useConfirmCharityOccurrence } from '../api/confirm-charity-occurrence';
import { useCreateCharityActivity } from '../api/create-charity-activity';
import { useCreateCharitySchedule } from '../api/create-charity-schedule';
import { useCharitySummary, type CharityKind } from '../api/get-charity-summary';
import { useCharityActivities } from '../api/list-charity-activities';
import { useCharityOccurrences, type CharityOccurrence } from '../api/list-charity-occurrences';
import { useCharitySchedules, type CharitySchedule } from '../api/list-charity-schedules';

const kinds: CharityKind[] = ['FreeMeals', 'PorridgeAndMilk', 'FreeHaircuts', 'GiftsChildrensDay', 'GiftsMidAutumn', 'HumanitarianExamination', 'CulturalActivity', 'Other'];
const weekdays: Schemas['DayOfWeek'][] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Charity and community activities: this year's figures, recurring schedules whose occurrences are confirmed, and what took place. */
export function CharityPage() {
  const { t } = useTranslation('outreach');
  const me = useSignedInUser();
  const records = can(me, 'activities.manage');
  const summary = useCharitySummary();
  const schedules = useCharitySchedules();
  const [page, setPage] = useState(1);
  const activities = useCharityActivities(page);
  const [dialog, setDialog] = useState<'activity' | 'schedule' | null>(null);
  const [confirming, setConfirming] = useState<CharitySchedule | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('charity.title')}
        subtitle={t('charity.subtitle')}
        actions={
          records && (
            <>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('activity')}>
                {t('charity.addActivity')}
              </Button>
              <Button variant="light" leftSection={<IconCalendarRepeat size={16} aria-hidden />} onClick={() => setDialog('schedule')}>
                {t('charity.addSchedule')}
              </Button>
            </>
          )
        }
      />
      {summary.data && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {[
            [t('charity.activities'), formatInteger(summary.data.activities)],
            [t('charity.beneficiaries'), formatInteger(summary.data.beneficiaries)],
            [t('charity.value'), formatVnd(summary.data.valueVnd)],
            [t('charity.pending'), formatInteger(summary.data.pendingOccurrences)],
          ].map(([label, value]) => (
            <Card key={label} withBorder padding="sm">
              <Text size="sm" c="dimmed">
                {label}
              </Text>
              <Text fz={22} fw={700}>
                {value}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <SectionCard title={t('charity.schedules')} description={t('charity.schedulesHint')}>
        {schedules.isPending ? (
          <Loading />
        ) : schedules.isError ? (
          <QueryError error={schedules.error} onRetry={() => void schedules.refetch()} />
        ) : schedules.data.length === 0 ? (
          <Text c="dimmed">{t('charity.noSchedules')}</Text>
        ) : (
          <Table aria-label={t('charity.schedules')}>
            <Table.Tbody>
              {schedules.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text fw={600}>{s.title}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`kinds.${s.kind}`)} · {s.place} · {s.partner}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.weekday ? t('charity.everyWeekday', { day: t(`weekdays.${s.weekday}`) }) : t('charity.daysOfMonth', { days: s.daysOfMonth.join(', ') })}</Table.Td>
                  <Table.Td>
                    {s.pendingOccurrences > 0 ? <Badge color="orange">{t('charity.pendingCount', { count: s.pendingOccurrences })}</Badge> : <Badge color="teal">{t('charity.upToDate')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {records && (
                      <Button size="xs" variant="subtle" onClick={() => setConfirming(s)}>
                        {t('charity.confirm')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SectionCard title={t('charity.heldTitle')}>
        {activities.isPending ? (
          <Loading />
        ) : activities.isError ? (
          <QueryError error={activities.error} onRetry={() => void activities.refetch()} />
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label={t('charity.heldTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('form.date')}</Table.Th>
                    <Table.Th scope="col">{t('form.kind')}</Table.Th>
                    <Table.Th scope="col">{t('form.title')}</Table.Th>
                    <Table.Th scope="col">{t('form.partner')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('charity.beneficiaries')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('charity.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {activities.data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{formatDate(a.date)}</Table.Td>
                      <Table.Td>{t(`kinds.${a.kind}`)}</Table.Td>
                      <Table.Td>
                        {a.title}
                        {!a.held && (
                          <Badge ml="xs" color="gray">
                            {t('charity.notHeld')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{a.partner}</Table.Td>
                      <Table.Td ta="right">{formatInteger(a.beneficiaryCount)}</Table.Td>
                      <Table.Td ta="right">{formatVnd(a.valueVnd)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {activities.data.totalPages > 1 && (
              <Group justify="center" pt="sm">
                <Pagination total={activities.data.totalPages} value={page} onChange={setPage} />
              </Group>
            )}
          </>
        )}
      </SectionCard>
      <CreateActivityModal opened={dialog === 'activity'} onClose={() => setDialog(null)} />
      <CreateScheduleModal opened={dialog === 'schedule'} onClose={() => setDialog(null)} />
      <OccurrencesModal schedule={confirming} onClose={() => setConfirming(null)} />
    </Stack>
  );
}

/** Logs a one-off charity activity (also offered to collaborators on their start page, for what they took part in). */
export function CreateActivityModal({ opened, onClose, onLogged }: { opened: boolean; onClose: () => void; onLogged?: () => void }) {
  const { t } = useTranslation('outreach');
  const create = useCreateCharityActivity();
  const form = useForm({
    initialValues: { kind: 'GiftsChildrensDay' as string | null, title: '', date: null as string | null, place: '', partner: '', beneficiaryCount: 0 as number | string, valueVnd: 0 as number | string },
    validate: { title: (v) => (v.trim() ? null : t('form.titleRequired')), date: (v) => (v ? null : t('form.dateRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('charity.addActivity')}
      failedTitle={t('form.failed')}
      submitLabel={t('form.save')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            kind: v.kind as CharityKind,
            title: v.title.trim(),
            date: toIsoDate(dayjs(v.date)),
            place: v.place.trim() || null,
            partner: v.partner.trim() || null,
            beneficiaryCount: Number(v.beneficiaryCount) || 0,
            valueVnd: Number(v.valueVnd) || 0,
          },
          {
            onSuccess: () => {
              onLogged?.();
              dialog.close();
            },
            onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <Select label={t('form.kind')} allowDeselect={false} data={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...form.getInputProps('kind')} />
      <TextInput label={t('form.title')} required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('form.date')} required {...form.getInputProps('date')} />
        <TextInput label={t('form.place')} {...form.getInputProps('place')} />
        <TextInput label={t('form.partner')} {...form.getInputProps('partner')} />
        <NumberInput label={t('charity.beneficiaries')} min={0} allowDecimal={false} {...form.getInputProps('beneficiaryCount')} />
        <MoneyInput label={t('charity.value')} {...form.getInputProps('valueVnd')} />
      </SimpleGrid>
    </FormModal>
  );
}

function CreateScheduleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('outreach');
  const create = useCreateCharitySchedule();
  const form = useForm({
    initialValues: {
      kind: 'FreeMeals' as string | null,
      title: '',
      place: '',
      partner: '',
      mode: 'month',
      days: ['1', '15'] as string[],
      weekday: 'Wednesday' as string | null,
      startsOn: null as string | null,
      endsOn: null as string | null,
    },
    validate: {
      title: (v) => (v.trim() ? null : t('form.titleRequired')),
      startsOn: (v) => (v ? null : t('form.dateRequired')),
      days: (v, values) => (values.mode === 'month' && v.length === 0 ? t('form.daysRequired') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('charity.addSchedule')}
      failedTitle={t('form.failed')}
      submitLabel={t('form.save')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            kind: v.kind as CharityKind,
            title: v.title.trim(),
            place: v.place.trim() || null,
            partner: v.partner.trim() || null,
            daysOfMonth: v.mode === 'month' ? v.days.map(Number) : null,
            weekday: v.mode === 'week' ? (v.weekday as Schemas['DayOfWeek']) : undefined,
            startsOn: toIsoDate(dayjs(v.startsOn)),
            endsOn: v.endsOn ? toIsoDate(dayjs(v.endsOn)) : null,
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <Select label={t('form.kind')} allowDeselect={false} data={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...form.getInputProps('kind')} />
      <TextInput label={t('form.title')} required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('form.place')} {...form.getInputProps('place')} />
        <TextInput label={t('form.partner')} {...form.getInputProps('partner')} />
      </SimpleGrid>
      <SegmentedControl data={[{ value: 'month', label: t('form.monthly') }, { value: 'week', label: t('form.weekly') }]} {...form.getInputProps('mode')} />
      {form.values.mode === 'month' ? (
        <MultiSelect label={t('form.days')} data={Array.from({ length: 31 }, (_, i) => String(i + 1))} {...form.getInputProps('days')} />
      ) : (
        <Select label={t('form.weekday')} allowDeselect={false} data={weekdays.map((value) => ({ value, label: t(`weekdays.${value}`) }))} {...form.getInputProps('weekday')} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('form.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('form.endsOn')} {...form.getInputProps('endsOn')} />
      </SimpleGrid>
    </FormModal>
  );
}

/** A schedule's occurrences of the last three months and the next month; a past one is confirmed with its actual counts. */
function OccurrencesModal({ schedule, onClose }: { schedule: CharitySchedule | null; onClose: () => void }) {
  const { t } = useTranslation('outreach');
  const from = toIsoDate(dayjs().subtract(3, 'month'));
  const to = toIsoDate(dayjs().add(1, 'month'));
  const occurrences = useCharityOccurrences(schedule?.id ?? null, from, to);
  const [open, setOpen] = useState<CharityOccurrence | null>(null);
  return (
    <Modal opened={schedule !== null} onClose={onClose} title={schedule?.title} size="lg">
      {occurrences.isPending ? (
        <Loading />
      ) : occurrences.isError ? (
        <QueryError error={occurrences.error} />
      ) : (
        <Table aria-label={t('charity.occurrences')}>
          <Table.Tbody>
            {occurrences.data.map((o) => (
              <Table.Tr key={o.date}>
                <Table.Td>{formatDate(o.date)}</Table.Td>
                <Table.Td>
                  <Badge color={o.state === 'Pending' ? 'orange' : o.state === 'Confirmed' ? 'teal' : 'gray'} variant="light">
                    {t(`states.${o.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{o.activity ? `${formatInteger(o.activity.beneficiaryCount)} · ${formatVnd(o.activity.valueVnd)}` : ''}</Table.Td>
                <Table.Td>
                  {o.state === 'Pending' && (
                    <Button size="xs" onClick={() => setOpen(o)}>
                      {t('charity.confirm')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {schedule && <ConfirmForm scheduleId={schedule.id} occurrence={open} onClose={() => setOpen(null)} />}
    </Modal>
  );
}

function ConfirmForm({ scheduleId, occurrence, onClose }: { scheduleId: string; occurrence: CharityOccurrence | null; onClose: () => void }) {
  const { t } = useTranslation('outreach');
  const confirm = useConfirmCharityOccurrence();
  const form = useForm({ initialValues: { held: true, beneficiaryCount: 0 as number | string, valueVnd: 0 as number | string } });
  const dialog = useFormDialog({ form, mutation: confirm, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={occurrence !== null}
      title={occurrence ? t('charity.confirmTitle', { date: formatDate(occurrence.date) }) : ''}
      failedTitle={t('form.failed')}
      submitLabel={t('charity.confirm')}
      onSubmit={form.onSubmit((v) =>
        confirm.mutate(
          {
            scheduleId,
            date: occurrence!.date,
            input: { held: v.held, beneficiaryCount: v.held ? Number(v.beneficiaryCount) || 0 : 0, valueVnd: v.held ? Number(v.valueVnd) || 0 : 0 },
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <Checkbox label={t('charity.held')} {...form.getInputProps('held', { type: 'checkbox' })} />
      {form.values.held && (
        <>
          <NumberInput label={t('charity.beneficiaries')} min={0} allowDecimal={false} {...form.getInputProps('beneficiaryCount')} />
          <MoneyInput label={t('charity.value')} {...form.getInputProps('valueVnd')} />
        </>
      )}
    </FormModal>
  );
}
