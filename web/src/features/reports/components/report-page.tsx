import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/forms';
import { useApproveReport } from '../api/approve-report';
import { useExportReport } from '../api/export-report';
import { useReport, type ReportDetail } from '../api/get-report';
import { useReportRun } from '../api/get-report-run';
import { useRegenerateReport } from '../api/regenerate-report';
import { useReopenReport } from '../api/reopen-report';
import { useReturnReport } from '../api/return-report';
import { useSubmitReport } from '../api/submit-report';
import { useUpdateReport } from '../api/update-report';
import { periodLabel } from '../utils/period';
import { ReportFigures } from './report-figures';
import { ReportRunProgress } from './report-run-progress';
import { ReportStatusBadge } from './status-badge';

/** A report: its generated figures, the unit's narrative (editable while a draft or returned), the province's review and the history. */
export function ReportPage({ reportId }: { reportId: string }) {
  const { t } = useTranslation('reports');
  const report = useReport(reportId);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useReportRun(runId ?? report.data?.latestRunId ?? null);
  const exporter = useExportReport(reportId);

  if (report.isPending) return <Loading />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const period = periodLabel(t, r);
  const fileName = `bao-cao-${r.kind.toLowerCase()}-${r.year}-${r.number}`;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          <Group gap="sm">
            {t('report.title', { period })}
            <ReportStatusBadge status={r.status} />
          </Group>
        }
        subtitle={
          r.dueOn
            ? t('report.subtitle', { facility: r.facilityName, from: formatDate(r.periodStart), to: formatDate(r.periodEnd), due: formatDate(r.dueOn) })
            : t('report.subtitleAdHoc', { facility: r.facilityName, from: formatDate(r.periodStart), to: formatDate(r.periodEnd) })
        }
        actions={
          <Group gap="xs">
            <Button variant="default" loading={exporter.isPending} onClick={() => exporter.mutate({ format: 'Pdf', fileName: `${fileName}.pdf` })} data-testid="export-pdf">
              {t('report.exportPdf')}
            </Button>
            <Button variant="default" onClick={() => exporter.mutate({ format: 'Xlsx', fileName: `${fileName}.xlsx` })}>
              {t('report.exportXlsx')}
            </Button>
          </Group>
        }
      />
      <ErrorBanner title={t('report.exportFailed')} messages={exporter.error ? [exporter.error.message] : []} />
      <Stack gap={2} data-testid="report-addressees">
        {r.subject && (
          <Text fw={600}>
            {t('report.subject')}: {r.subject}
          </Text>
        )}
        <Text size="sm">
          {t('report.addressedTo')}: {r.addressedTo.join('; ')}
        </Text>
      </Stack>
      {r.status === 'Approved' && <Alert color="teal">{t('report.locked')}</Alert>}
      {r.status === 'Returned' && r.lastComment && (
        <Alert color="orange" title={t('report.returned')} data-testid="return-comment">
          {r.lastComment}
        </Alert>
      )}
      <ReportRunProgress run={run.data?.status === 'Succeeded' ? undefined : run.data} />
      <SectionCard title={t('report.figures')}>
        {r.figures ? <ReportFigures figures={r.figures} /> : <Text c="dimmed">{t('report.noFigures')}</Text>}
        {r.editable && <RegenerateButton reportId={r.id} onStarted={setRunId} />}
      </SectionCard>
      {r.editable ? <NarrativeForm report={r} /> : <NarrativeView report={r} />}
      <Review report={r} />
      <SectionCard title={t('report.history')}>
        <Timeline bulletSize={14} lineWidth={2} data-testid="report-history">
          {r.history.map((h, i) => (
            <Timeline.Item key={i} title={t(`action.${h.action}`)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(h.at)}
                {h.byName ? ` · ${h.byName}` : ''}
              </Text>
              {h.comment && <Text size="sm">{h.comment}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </SectionCard>
    </Stack>
  );
}

function RegenerateButton({ reportId, onStarted }: { reportId: string; onStarted: (runId: string) => void }) {
  const { t } = useTranslation('reports');
  const regenerate = useRegenerateReport();
  return (
    <Group mt="sm">
      <Button variant="light" loading={regenerate.isPending} onClick={() => regenerate.mutate(reportId, { onSuccess: (run) => onStarted(run.id) })}>
        {t('report.regenerate')}
      </Button>
    </Group>
  );
}

const narrativeFields = ['reportNumber', 'place', 'results', 'difficulties', 'proposals', 'nextPeriodPlan', 'recipients', 'signerName', 'signerTitle'] as const;
type NarrativeField = (typeof narrativeFields)[number];

const valuesOf = (r: ReportDetail) => Object.fromEntries(narrativeFields.map((f) => [f, r[f] ?? ''])) as Record<NarrativeField, string>;

/** The unit's parts: save as often as needed, then submit (saving first). */
function NarrativeForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation('reports');
  const update = useUpdateReport(report.id);
  const submit = useSubmitReport(report.id);
  const [errors, setErrors] = useState<string[]>([]);
  // "Saved" holds for the version the save produced: a regeneration (a new version) clears it.
  const [savedVersion, setSavedVersion] = useState<string | null>(null);
  const saved = savedVersion === report.version;
  const form = useForm({
    initialValues: { ...valuesOf(report), subject: report.subject ?? '', addressedToPeoplesCommittee: report.addressedToPeoplesCommittee },
  });
  const plan = report.kind === 'Year' || report.kind === 'FiveYear';
  const adHoc = report.kind === 'AdHoc';

  const body = (values: ReturnType<typeof form.getValues>) => ({
    version: report.version,
    ...Object.fromEntries(narrativeFields.map((f) => [f, values[f].trim() || null])),
    subject: adHoc ? values.subject.trim() : null,
    addressedToPeoplesCommittee: report.mayAddressPeoplesCommittee ? values.addressedToPeoplesCommittee : null,
  });
  const save = (then?: (version: string) => void) =>
    form.onSubmit((values) => {
      setErrors([]);
      update.mutate(body(values), {
        onSuccess: (updated) => {
          setSavedVersion(updated.version);
          then?.(updated.version);
        },
        onError: (error) => setErrors(applyProblemToForm(form, error)),
      });
    });
  const text = (field: NarrativeField, rows: number) => (
    <Textarea label={t(`report.fields.${field}`)} rows={rows} {...form.getInputProps(field)} />
  );
  return (
    <SectionCard title={t('report.narrative')}>
      <form onSubmit={save()} noValidate aria-label={t('report.narrative')}>
        <Stack gap="sm">
          <ErrorBanner title={t('report.saveFailed')} messages={errors} />
          <ErrorBanner title={t('report.submitFailed')} messages={submit.error ? [submit.error.message] : []} />
          {adHoc && <TextInput label={t('report.subject')} required maxLength={500} {...form.getInputProps('subject')} />}
          {report.mayAddressPeoplesCommittee && (
            <Checkbox label={t('create.peoplesCommittee')} {...form.getInputProps('addressedToPeoplesCommittee', { type: 'checkbox' })} />
          )}
          <Group grow>
            <TextInput label={t('report.fields.reportNumber')} {...form.getInputProps('reportNumber')} />
            <TextInput label={t('report.fields.place')} {...form.getInputProps('place')} />
          </Group>
          {text('results', 3)}
          {text('difficulties', 2)}
          {text('proposals', 2)}
          {plan && text('nextPeriodPlan', 3)}
          {text('recipients', 3)}
          <Group grow>
            <TextInput label={t('report.fields.signerName')} {...form.getInputProps('signerName')} />
            <TextInput label={t('report.fields.signerTitle')} {...form.getInputProps('signerTitle')} />
          </Group>
          <Group justify="flex-end">
            {saved && (
              <Text size="sm" c="teal" role="status">
                {t('report.saved')}
              </Text>
            )}
            <Button type="submit" variant="default" loading={update.isPending}>
              {t('report.save')}
            </Button>
            <Button
              disabled={!report.figures}
              loading={submit.isPending}
              data-testid="submit-report"
              onClick={() => save((version) => submit.mutate({ version, comment: null }))()}
            >
              {t('report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

function NarrativeView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation('reports');
  const shown = narrativeFields.filter((f) => report[f]);
  if (shown.length === 0) return null;
  return (
    <SectionCard title={t('report.narrative')}>
      <Stack gap="xs">
        {shown.map((f) => (
          <div key={f}>
            <Text size="sm" fw={600}>
              {t(`report.fields.${f}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {report[f]}
            </Text>
          </div>
        ))}
      </Stack>
    </SectionCard>
  );
}

/** The province officer's decisions: return (comment required) or approve a submitted report; reopen an approved one. */
function Review({ report }: { report: ReportDetail }) {
  const { t } = useTranslation('reports');
  const me = useSignedInUser();
  const back = useReturnReport(report.id);
  const approve = useApproveReport(report.id);
  const reopen = useReopenReport(report.id);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  if (!can(me, 'reports.review') || (report.status !== 'Submitted' && report.status !== 'Approved')) return null;
  const failure = [back, approve, reopen].find((m) => m.error)?.error;
  const withComment = (mutate: (input: { version: string; comment: string | null }) => void) => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    mutate({ version: report.version, comment: comment.trim() });
  };
  return (
    <SectionCard title={t('review.comment')}>
      <Stack gap="sm">
        <ErrorBanner title={t('review.failed')} messages={failure ? [failure.message] : []} />
        <Textarea
          label={t('review.comment')}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('review.commentRequired') : undefined}
          rows={2}
          maxLength={4000}
        />
        <Group justify="flex-end">
          {report.status === 'Submitted' ? (
            <>
              <Button color="orange" variant="light" loading={back.isPending} onClick={() => withComment((i) => back.mutate(i))} data-testid="return-report">
                {t('review.return')}
              </Button>
              <Button color="teal" loading={approve.isPending} onClick={() => approve.mutate({ version: report.version, comment: comment.trim() || null })} data-testid="approve-report">
                {t('review.approve')}
              </Button>
            </>
          ) : (
            <Button color="red" variant="light" loading={reopen.isPending} onClick={() => withComment((i) => reopen.mutate(i))} data-testid="reopen-report">
              {t('review.reopen')}
            </Button>
          )}
        </Group>
      </Stack>
    </SectionCard>
  );
}
