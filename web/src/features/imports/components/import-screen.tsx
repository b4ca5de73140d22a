import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '@/components/not-found';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDateTime, formatInteger } from '@/lib/format';
import { useAnnotateImport } from '../api/annotate-import';
import { useCheckImport } from '../api/check-import';
import { useCommitImport } from '../api/commit-import';
import { useDownloadImportTemplate } from '../api/download-import-template';
import { importPermission, type ImportCheckResult, type ImportKindSlug, type ImportRowDecision } from '../api/import-kind';
import { useImportProgress, type ImportProgress } from '../api/import-progress';
import { useImportHistory } from '../api/list-imports';

const backTo: Record<ImportKindSlug, string> = {
  facilities: '/facilities',
  clients: '/clients',
  staff: '/workforce',
  departments: '/workforce',
  collaborators: '/workforce',
  donors: '/fundraising/donors',
  users: '/imports',
};

/**
 * "Nhập từ Excel" for one kind: download the template, upload a workbook, see the dry run's problems by row and
 * column (and download the workbook annotated with them), decide on look-alike rows, then import all or nothing.
 */
export function ImportScreen({ kind }: { kind: ImportKindSlug }) {
  const { t } = useTranslation('imports');
  const me = useSignedInUser();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportCheckResult | null>(null);
  const [decisions, setDecisions] = useState<Record<number, ImportRowDecision['choice']>>({});
  const template = useDownloadImportTemplate(kind);
  const check = useCheckImport(kind);
  const annotate = useAnnotateImport(kind);
  const commit = useCommitImport(kind);
  const history = useImportHistory(kind);
  // The running check or commit's name, for its progress (rows read, share of the sheet) while it runs.
  const [progressToken, setProgressToken] = useState<string | null>(null);
  const progress = useImportProgress(check.isPending || commit.isPending ? progressToken : null);

  if (!can(me, importPermission[kind])) return <NotFound />;

  const choose = (next: File | null) => {
    setFile(next);
    setResult(null);
    setDecisions({});
    check.reset();
    commit.reset();
  };
  const runCheck = () => {
    if (!file) return;
    commit.reset();
    const token = crypto.randomUUID();
    setProgressToken(token);
    check.mutate({ file, progressToken: token }, { onSuccess: (checked) => setResult(checked) });
  };
  const runCommit = () => {
    if (!file || !result) return;
    const chosen = result.likenesses.map((l) => ({ row: l.row, choice: decisions[l.row] ?? 'Skip' }));
    const token = crypto.randomUUID();
    setProgressToken(token);
    commit.mutate({ file, decisions: chosen, progressToken: token }, { onSuccess: () => setResult(null) });
  };
  const problems = result?.problems ?? [];

  return (
    <Stack>
      <PageHeader
        title={t(`${kind}.title`)}
        subtitle={t(`${kind}.subtitle`)}
        actions={
          <Anchor component={Link} to={backTo[kind]}>
            {t(`${kind}.back`)}
          </Anchor>
        }
      />

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('steps.template')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('steps.templateHelp')}
          </Text>
          <Group>
            <Button variant="light" leftSection={<IconDownload size={16} />} loading={template.isPending} onClick={() => template.mutate()} data-testid="import-template">
              {t('actions.template')}
            </Button>
          </Group>
          {template.error && <QueryError error={template.error} />}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('steps.upload')}
          </Title>
          <FileInput
            label={t('fields.file')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={choose}
            clearable
            data-testid="import-file"
          />
          <Group>
            <Button leftSection={<IconUpload size={16} />} disabled={!file} loading={check.isPending} onClick={runCheck} data-testid="import-check">
              {t('actions.check')}
            </Button>
          </Group>
          {check.isPending && <RunProgress progress={progress.data ?? null} />}
          {check.error && <QueryError error={check.error} />}
        </Stack>
      </Paper>

      {result && (
        <Paper withBorder p="md" data-testid="import-result">
          <Stack gap="sm">
            <Title order={2} fz="md">
              {t('steps.result')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('counts.rows')} value={result.rows} />
              <Figure label={t('counts.toCreate')} value={result.toCreate} />
              <Figure label={t('counts.toUpdate')} value={result.toUpdate} />
              <Figure label={t('counts.unchanged')} value={result.unchanged} />
            </SimpleGrid>
            {problems.length > 0 ? (
              <>
                <Alert color="red" title={t('problems.title', { count: problems.length })} data-testid="import-problems-alert">
                  {t('problems.help')}
                </Alert>
                <Table striped withTableBorder data-testid="import-problems">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('problems.row')}</Table.Th>
                      <Table.Th>{t('problems.column')}</Table.Th>
                      <Table.Th>{t('problems.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {problems.map((p, i) => (
                      <Table.Tr key={`${p.row}-${p.column}-${i}`}>
                        <Table.Td>{p.row}</Table.Td>
                        <Table.Td>
                          {p.column} ({p.header})
                        </Table.Td>
                        <Table.Td>{p.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Group>
                  <Button variant="light" leftSection={<IconDownload size={16} />} loading={annotate.isPending} onClick={() => file && annotate.mutate(file)} data-testid="import-annotated">
                    {t('actions.annotated')}
                  </Button>
                </Group>
              </>
            ) : (
              <Alert color="green" data-testid="import-no-problems">
                {t('problems.none')}
              </Alert>
            )}
            {result.likenesses.length > 0 && (
              <Stack gap="xs">
                <Text fw={600}>{t('likeness.title')}</Text>
                <Table withTableBorder data-testid="import-likenesses">
                  <Table.Tbody>
                    {result.likenesses.map((l) => (
                      <Table.Tr key={l.row}>
                        <Table.Td>{t('likeness.row', { row: l.row, name: l.fullName, year: l.birthYear ?? '' })}</Table.Td>
                        <Table.Td>{l.matches.map((m) => `${m.fullName}${m.birthYear ? ` (${m.birthYear})` : ''}`).join(', ')}</Table.Td>
                        <Table.Td>
                          <SegmentedControl
                            size="xs"
                            value={decisions[l.row] ?? 'Skip'}
                            onChange={(value) => setDecisions((d) => ({ ...d, [l.row]: value as ImportRowDecision['choice'] }))}
                            data={[
                              { value: 'Skip', label: t('likeness.skip') },
                              { value: 'CreateAnyway', label: t('likeness.create') },
                            ]}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
            <Group>
              <Button color="green" disabled={problems.length > 0} loading={commit.isPending} onClick={runCommit} data-testid="import-commit">
                {t('actions.commit', { count: result.rows })}
              </Button>
            </Group>
            {commit.isPending && <RunProgress progress={progress.data ?? null} rows={result.rows} />}
          </Stack>
        </Paper>
      )}
      {commit.error && <QueryError error={commit.error} />}
      {commit.data && (
        <Alert color="green" title={t('done.title')} data-testid="import-done">
          {t('done.counts', { created: commit.data.created, updated: commit.data.updated, unchanged: commit.data.unchanged })}{' '}
          <Anchor component={Link} to={backTo[kind]}>
            {t(`${kind}.back`)}
          </Anchor>
        </Alert>
      )}

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('history.title')}
          </Title>
          {history.error && <QueryError error={history.error} />}
          {history.data && history.data.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
          {history.data && history.data.length > 0 && (
            <Table data-testid="import-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.when')}</Table.Th>
                  <Table.Th>{t('history.file')}</Table.Th>
                  <Table.Th>{t('history.who')}</Table.Th>
                  <Table.Th>{t('counts.rows')}</Table.Th>
                  <Table.Th>{t('history.created')}</Table.Th>
                  <Table.Th>{t('history.updated')}</Table.Th>
                  <Table.Th>{t('counts.unchanged')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{formatDateTime(h.importedAt)}</Table.Td>
                    <Table.Td>{h.fileName}</Table.Td>
                    <Table.Td>{h.importedByName ?? ''}</Table.Td>
                    <Table.Td>{formatInteger(h.rows)}</Table.Td>
                    <Table.Td>{formatInteger(h.created)}</Table.Td>
                    <Table.Td>{formatInteger(h.updated)}</Table.Td>
                    <Table.Td>{formatInteger(h.unchanged)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {formatInteger(value)}
      </Text>
    </div>
  );
}

/** A running check or commit: the share of the sheet read and the rows so far, then the writing; indeterminate until known. */
function RunProgress({ progress, rows }: { progress: ImportProgress | null; rows?: number }) {
  const { t } = useTranslation('imports');
  const reading = progress?.phase === 'Reading';
  return (
    <Stack gap={4} data-testid="import-progress">
      <Text size="sm">
        {reading
          ? t('progressReading', { rows: formatInteger(progress.rowsRead), percent: progress.percentRead })
          : rows !== undefined
            ? t('progress', { count: rows })
            : t('progressStarting')}
      </Text>
      <Progress value={reading ? progress.percentRead : 100} animated={!reading} striped={!reading} />
    </Stack>
  );
}
