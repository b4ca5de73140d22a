// The calendar's styles come with the screens that show one, not with the portal's first stylesheet (issue 19).
import '@mantine/dates/styles.css';
import { Anchor, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormModal } from '@/components/form-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { dateFormat, formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateReport } from '../api/create-report';
import { useReportRun } from '../api/get-report-run';
import { useReports, type ReportPeriodKind } from '../api/list-reports';
import { periodLabel } from '../utils/period';
import { ReportRunProgress } from './report-run-progress';
import { ReportStatusBadge } from './status-badge';

const kinds: ReportPeriodKind[] = ['Month', 'Quarter', 'HalfYear', 'Year', 'FiveYear', 'AdHoc'];
const maxNumberOf: Partial<Record<ReportPeriodKind, number>> = { Month: 12, Quarter: 4, HalfYear: 2 };

/** The facility's reports; the unit head starts a new one, whose figures a background job generates. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const me = useSignedInUser();
  const navigate = useNavigate();
  const reports = useReports();
  const [creating, setCreating] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useReportRun(runId, (finished) => void navigate(`/reports/${finished.reportId}`));

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          can(me, 'reports.prepare') && (
            <Button onClick={() => setCreating(true)} data-testid="new-report">
              {t('list.new')}
            </Button>
          )
        }
      />
      <ReportRunProgress run={run.data} />
      <QueryTable
        query={reports}
        label={t('list.label')}
        minWidth={760}
        columns={[t('list.columns.period'), t('list.columns.number'), t('list.columns.due'), t('list.columns.submitted'), t('list.columns.status')]}
        actionsLabel={t('list.columns.actions')}
        empty={t('list.empty')}
        row={(r) => (
          <Table.Tr key={r.id} data-testid="report-row">
            <Table.Td>
              {periodLabel(t, r)}
              {r.subject && (
                <Text size="xs" c="dimmed">
                  {r.subject}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{r.reportNumber ?? '—'}</Table.Td>
            <Table.Td>{r.dueOn ? formatDate(r.dueOn) : t('list.noDue')}</Table.Td>
            <Table.Td>{formatDate(r.submittedAt)}</Table.Td>
            <Table.Td>
              <ReportStatusBadge status={r.status} />
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/reports/${r.id}`} aria-label={`${t('list.open')} ${periodLabel(t, r)}`}>
                {t('list.open')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <CreateReportModal opened={creating} onClose={() => setCreating(false)} onStarted={setRunId} />
    </Stack>
  );
}

function CreateReportModal({ opened, onClose, onStarted }: { opened: boolean; onClose: () => void; onStarted: (runId: string) => void }) {
  const { t } = useTranslation('reports');
  const me = useSignedInUser();
  const create = useCreateReport();
  const today = todayIso();
  const form = useForm({
    initialValues: {
      kind: 'Year' as ReportPeriodKind,
      year: new Date().getFullYear(),
      number: 1,
      from: today,
      to: today,
      subject: '',
      addressedToPeoplesCommittee: false,
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  const kind = form.getValues().kind;
  const adHoc = kind === 'AdHoc';
  const maxNumber = maxNumberOf[kind] ?? 1;
  // Only a commune/ward station answers to a People's Committee (the API refuses it for others).
  const station = me.facility?.type === 'CommuneHealthStation';
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('create.title')}
      failedTitle={t('create.failed')}
      submitLabel={t('create.submit')}
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          adHoc
            ? { kind, year: 0, number: 0, from: values.from, to: values.to, subject: values.subject.trim(), addressedToPeoplesCommittee: values.addressedToPeoplesCommittee }
            : { kind, year: values.year, number: Math.min(values.number, maxNumber), addressedToPeoplesCommittee: values.addressedToPeoplesCommittee },
          {
            onSuccess: (run) => {
              onStarted(run.id);
              dialog.close();
            },
            onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <Group grow align="flex-start">
        <Select
          label={t('create.kind')}
          data={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        {!adHoc && <NumberInput label={t('create.year')} min={2000} max={2100} allowDecimal={false} {...form.getInputProps('year')} />}
        {maxNumber > 1 && !adHoc && (
          <NumberInput label={t(kind === 'Month' ? 'create.month' : 'create.number')} min={1} max={maxNumber} allowDecimal={false} {...form.getInputProps('number')} />
        )}
      </Group>
      {adHoc && (
        <>
          <Text size="sm" c="dimmed">
            {t('create.adHocHint')}
          </Text>
          <TextInput label={t('create.subject')} placeholder={t('create.subjectPlaceholder')} required maxLength={500} {...form.getInputProps('subject')} />
          <Group grow align="flex-start">
            <DateInput label={t('create.from')} valueFormat={dateFormat} dateParser={parseDisplayDate} maxDate={today} required {...form.getInputProps('from')} />
            <DateInput label={t('create.to')} valueFormat={dateFormat} dateParser={parseDisplayDate} minDate={form.getValues().from} required {...form.getInputProps('to')} />
          </Group>
        </>
      )}
      {kind === 'FiveYear' && (
        <Text size="sm" c="dimmed">
          {t('create.fiveYearHint')}
        </Text>
      )}
      {station && (
        <Checkbox label={t('create.peoplesCommittee')} {...form.getInputProps('addressedToPeoplesCommittee', { type: 'checkbox' })} />
      )}
    </FormModal>
  );
}
