import { Alert, Anchor, Autocomplete, Badge, Button, Card, CloseButton, Code, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDateTime, formatInteger } from '@/lib/format';
import type { AuditFilter } from '../api/audit-filter';
import { useExportAuditEntries } from '../api/export-audit-entries';
import { useExportPlatformAuditEntries } from '../api/export-platform-audit-entries';
import { useAuditEntries, type AuditEntry } from '../api/list-audit-entries';
import { usePlatformAuditEntries } from '../api/list-platform-audit-entries';
import { useVerifyFacilityChains, type ChainVerification } from '../api/verify-facility-chains';
import { useVerifyPlatformChain } from '../api/verify-platform-chain';

/** The actions written today, offered as suggestions (any action, or a prefix ending in ".", can be typed). */
const knownActions = [
  'client.',
  'client.view-identifiers',
  'client.update',
  'client.merge',
  'client.create-despite-matches',
  'case.',
  'case.open',
  'case.read',
  'case.export',
  'case.mark-sensitive',
  'case.list',
  'case.work-lists',
  'counselling.list',
  'referral.consent-override',
  'user.create',
  'province.create',
  'facility.register',
];

const recordTypes = ['Client', 'Case', 'Referral', 'CounsellingSession', 'User', 'Province', 'Facility'];

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ChainResult({ result }: { result: ChainVerification }) {
  const { t } = useTranslation('audit');
  const chain = t(`verify.chain.${result.chain}`);
  if (result.ok) {
    return (
      <Alert color="teal" title={t('verify.okTitle', { chain })} role="status" data-testid={`chain-${result.chain}`} data-ok="true">
        {t('verify.ok', { count: result.count, formatted: formatInteger(result.count) })}
        <Text size="xs" c="dimmed" mt={4}>
          {t('verify.lastHash')} <Code>{result.lastHash}</Code>
        </Text>
      </Alert>
    );
  }
  const at = result.firstBreak!;
  return (
    <Alert color="red" title={t('verify.brokenTitle', { chain })} role="alert" data-testid={`chain-${result.chain}`} data-ok="false">
      <Text size="sm">{t(`verify.problem.${at.problem}`, { position: at.position })}</Text>
      {at.rowId && (
        <Text size="sm">
          {t('verify.row')} <Code>{at.rowId}</Code>
        </Text>
      )}
      <Text size="xs" mt={4}>
        {t('verify.expected')} <Code>{at.expected}</Code>
      </Text>
      <Text size="xs">
        {t('verify.found')} <Code>{at.found}</Code>
      </Text>
    </Alert>
  );
}

/**
 * "Nhật ký kiểm toán": the unit head reads the facility's log, the platform admin the platform's; filtered by person
 * (click a name), record, action and Vietnamese dates, exported to Excel with the same filters, and the hash chains
 * verified on demand.
 */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const me = useSignedInUser();
  const platform = !can(me, 'audit.read') && can(me, 'audit.read-platform');
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [entityType, setEntityType] = useState<string | null>(null);
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  const recordComplete = Boolean(entityType) && guid.test(entityId.trim());
  const filter: AuditFilter = {
    userId: person?.id,
    entityType: recordComplete ? entityType! : undefined,
    entityId: recordComplete ? entityId.trim() : undefined,
    action: action.trim() || undefined,
    from: from ?? undefined,
    to: to ?? undefined,
  };
  const facilityLog = useAuditEntries(filter, page, !platform);
  const platformLog = usePlatformAuditEntries(filter, page, platform);
  const entries = platform ? platformLog : facilityLog;
  const exportFacility = useExportAuditEntries();
  const exportPlatform = useExportPlatformAuditEntries();
  const exporting = platform ? exportPlatform : exportFacility;
  const verifyFacility = useVerifyFacilityChains();
  const verifyPlatform = useVerifyPlatformChain();
  const verify = platform ? verifyPlatform : verifyFacility;

  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const showRecord = (entry: AuditEntry) => {
    setEntityType(entry.entityType);
    setEntityId(entry.entityId);
    setPage(1);
  };
  const reset = () => {
    setPerson(null);
    setEntityType(null);
    setEntityId('');
    setAction('');
    setFrom(null);
    setTo(null);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={platform ? t('subtitlePlatform') : t('subtitleFacility', { facility: me.facility?.name ?? '' })}
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting.isPending}
              onClick={() => exporting.mutate(filter)}
              data-testid="export-audit"
            >
              {t('export')}
            </Button>
            <Button leftSection={<IconShieldCheck size={16} aria-hidden />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="verify-chains">
              {t('verify.button')}
            </Button>
          </>
        }
      />
      {verify.isError && <QueryError error={verify.error} />}
      {verify.data && (
        <Stack gap="xs" mb="md">
          {verify.data.map((result) => (
            <ChainResult key={result.chain} result={result} />
          ))}
        </Stack>
      )}
      {exporting.isError && <QueryError error={exporting.error} />}
      <Card withBorder>
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            {person && (
              <Badge size="lg" variant="light" rightSection={<CloseButton size="xs" aria-label={t('filters.clearPerson')} onClick={() => changed(setPerson)(null)} />}>
                {t('filters.personIs', { name: person.name })}
              </Badge>
            )}
            <Autocomplete
              label={t('filters.action')}
              description={t('filters.actionHint')}
              data={knownActions}
              value={action}
              onChange={changed(setAction)}
              maxLength={64}
              data-testid="audit-action"
            />
            <Select
              label={t('filters.recordType')}
              data={recordTypes.map((type) => ({ value: type, label: t(`records.${type}`, { defaultValue: type }) }))}
              value={entityType}
              onChange={changed(setEntityType)}
              clearable
            />
            <TextInput
              label={t('filters.recordId')}
              value={entityId}
              onChange={(e) => changed(setEntityId)(e.currentTarget.value)}
              error={entityId.trim() && !guid.test(entityId.trim()) ? t('filters.recordIdInvalid') : undefined}
              maxLength={36}
              w={320}
            />
            <DateField label={t('filters.from')} value={from} onChange={changed(setFrom)} maxDate={to ?? undefined} w={160} />
            <DateField label={t('filters.to')} value={to} onChange={changed(setTo)} minDate={from ?? undefined} w={160} />
            <Button variant="subtle" onClick={reset}>
              {t('filters.reset')}
            </Button>
          </Group>
          {entries.isError && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
          {entries.data && (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped aria-label={t('title')}>
                  <Table.Thead>
                    <Table.Tr>
                      {(['position', 'at', 'person', 'action', 'record', 'detail'] as const).map((column) => (
                        <Table.Th key={column} scope="col">
                          {t(`columns.${column}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entries.data.items.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <Text size="sm" c="dimmed" ta="center">
                            {t('empty')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {entries.data.items.map((entry) => (
                      <Table.Tr key={entry.id} data-testid="audit-row">
                        <Table.Td>{entry.position}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                        <Table.Td>
                          {entry.userId ? (
                            <Anchor
                              component="button"
                              size="sm"
                              aria-label={t('filters.byPerson', { name: entry.userName ?? entry.userId })}
                              onClick={() => changed(setPerson)({ id: entry.userId!, name: entry.userName ?? entry.userId! })}
                            >
                              {entry.userName ?? entry.userId}
                            </Anchor>
                          ) : (
                            t('system')
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`actions.${entry.action}`, { defaultValue: entry.action })}</Text>
                          <Code>{entry.action}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Anchor component="button" size="sm" onClick={() => showRecord(entry)} aria-label={t('filters.byRecord', { id: entry.entityId })}>
                            {t(`records.${entry.entityType}`, { defaultValue: entry.entityType })}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {entry.entityId}
                          </Text>
                        </Table.Td>
                        <Table.Td style={{ maxWidth: 280, overflowWrap: 'anywhere' }}>{entry.detail}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between">
                <Text size="sm" c="dimmed" data-testid="audit-total">
                  {t('total', { count: entries.data.totalCount, formatted: formatInteger(entries.data.totalCount) })}
                </Text>
                {entries.data.totalPages > 1 && <Pagination total={entries.data.totalPages} value={page} onChange={setPage} size="sm" />}
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
