import { Alert, Anchor, Badge, Button, Group, Modal, Select, Stack, Stepper, Tabs, Text, Textarea, Timeline } from '@mantine/core';
import { IconLock, IconSettings } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { ModalActions } from '@/components/modal-actions';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDecideApproval } from '../api/decide-approval';
import { useCase, type CaseDetail, type CaseStage } from '../api/get-case';
import type { Schemas } from '@/lib/api/client';
import { useMoveCase } from '../api/move-case';
import { useReopenCase } from '../api/reopen-case';
import { useRequestApproval } from '../api/request-approval';
import { AssessmentsTab } from './assessments-tab';
import { CaseSettingsModal } from './case-settings-modal';
import { closureReasons, stages } from './case-options';
import { NotesTab, TasksTab } from './notes-and-tasks';
import { PlanTab } from './plan-tab';
import { ServicesTab } from './services-tab';

type ClosureReason = Schemas['ClosureReason'];

/** The closure's reason as read: the listed reason, then the worker's words if any. */
function closureText(t: (key: string) => string, reason: ClosureReason | null | undefined, words: string | null | undefined) {
  return [reason && reason !== 'Other' ? t(`closureReason.${reason}`) : null, words].filter(Boolean).join(' — ');
}

type Prompt = { kind: 'skip' | 'closure' | 'reopen' | 'return' } | null;

/** A tab another feature brings to the case page (composed by the app's route). */
export type CaseTab = { label: string; render: (caseIsOpen: boolean) => ReactNode };

/** A case: the process stepper with the next action, then the record in tabs. */
export function CasePage({ caseId, extraTab }: { caseId: string; extraTab?: CaseTab }) {
  const query = useCase(caseId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <CaseView c={query.data} extraTab={extraTab} />;
}

function CaseView({ c, extraTab }: { c: CaseDetail; extraTab?: CaseTab }) {
  const { t } = useTranslation('cases');
  const me = useSignedInUser();
  const supervisor = can(me, 'cases.supervise');
  const move = useMoveCase(c.id);
  const request = useRequestApproval(c.id);
  const decide = useDecideApproval(c.id);
  const reopen = useReopenCase(c.id);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [text, setText] = useState('');
  const [target, setTarget] = useState<CaseStage | null>(null);
  const [closureReason, setClosureReason] = useState<ClosureReason | null>(null);
  const index = stages.indexOf(c.stage);
  const next = c.stage === 'Closed' || c.stage === 'Monitoring' ? null : stages[index + 1];
  const blockedByPlan = next === 'Implementation' && c.planApproval !== 'Approved';
  const failure = [move, request, decide, reopen].map((m) => m.error?.message).filter((m): m is string => Boolean(m));
  // The history: the moves between stages and the changes of risk level, in time order.
  const history = [
    ...c.transitions.map((tr) => ({ ...tr, kind: 'move' as const })),
    ...c.riskChanges.map((r) => ({ ...r, kind: 'risk' as const })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const closePrompt = () => {
    setPrompt(null);
    setText('');
    setTarget(null);
    setClosureReason(null);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('page.title', { name: c.clientName })}
        subtitle={
          <Group gap="xs" component="span">
            <Anchor component={Link} to={`/clients/${c.clientId}`}>
              {c.clientName}
            </Anchor>
            <span>· {t('page.openedOn', { date: formatDate(c.openedOn) })}</span>
            <span>· {t('page.worker', { name: c.assignedWorkerName ?? '—' })}</span>
          </Group>
        }
        actions={
          c.stage !== 'Closed' && (
            <Button variant="light" leftSection={<IconSettings size={18} aria-hidden />} onClick={() => setSettingsOpen(true)} data-testid="case-settings">
              {t('settings.button')}
            </Button>
          )
        }
      />
      <CaseSettingsModal c={c} supervisor={supervisor} opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <Group gap="xs">
        <Badge variant="outline" color="dark" data-testid="case-number" style={{ textTransform: 'none' }}>
          {t('page.number', { number: c.caseNumber })}
        </Badge>
        <Badge data-testid="case-stage">{t(`stage.${c.stage}`)}</Badge>
        <Badge variant="light" color={c.priority === 'Urgent' || c.priority === 'High' ? 'orange' : 'gray'}>{t(`priority.${c.priority}`)}</Badge>
        <Badge variant="light" color={c.riskLevel === 'High' ? 'red' : c.riskLevel === 'Medium' ? 'yellow' : 'teal'}>{t(`risk.${c.riskLevel}`)}</Badge>
        {c.isSensitive && (
          <Badge color="grape" leftSection={<IconLock size={12} aria-hidden />}>
            {t('page.sensitive')}
          </Badge>
        )}
      </Group>
      <ErrorBanner title={t('page.moveFailed')} messages={failure} />

      <Stepper active={c.stage === 'Closed' ? stages.length : index} size="sm" aria-label={t('page.process')} allowNextStepsSelect={false}>
        {stages.map((stage) => (
          <Stepper.Step key={stage} label={t(`stage.${stage}`)} />
        ))}
      </Stepper>

      {c.stage === 'Closed' && (
        <Alert color="gray" title={t('page.closedBecause', { date: formatDate(c.closedOn), reason: closureText(t, c.closureReason, c.closingReason) })}>
          <Button variant="light" onClick={() => setPrompt({ kind: 'reopen' })}>
            {t('page.reopen')}
          </Button>
        </Alert>
      )}
      {blockedByPlan && <Alert color="blue">{t('page.planNeedsApproval')}</Alert>}
      {c.closureApproval === 'Requested' && (
        <Alert color="yellow" title={t('page.awaitingClosure', { reason: closureText(t, c.requestedClosureReason, c.requestedClosingReason) })}>
          {supervisor && (
            <Group>
              <Button onClick={() => decide.mutate({ subject: 'Closure', approve: true, comment: null, version: c.version })} loading={decide.isPending} data-testid="approve-closure">
                {t('page.approve')}
              </Button>
              <Button variant="default" onClick={() => setPrompt({ kind: 'return' })}>
                {t('page.return')}
              </Button>
            </Group>
          )}
        </Alert>
      )}
      {c.stage !== 'Closed' && (
        <Group>
          {next && (
            <Button
              disabled={blockedByPlan}
              loading={move.isPending}
              onClick={() => move.mutate({ toStage: next, reason: null, version: c.version })}
              data-testid="next-stage"
            >
              {t('page.next', { stage: t(`stage.${next}`) })}
            </Button>
          )}
          <Button variant="default" onClick={() => setPrompt({ kind: 'skip' })}>
            {t('page.skip')}
          </Button>
          {c.closureApproval !== 'Requested' && (
            <Button variant="light" color="gray" onClick={() => setPrompt({ kind: 'closure' })} data-testid="request-closure">
              {t('page.requestClosure')}
            </Button>
          )}
        </Group>
      )}

      <Tabs defaultValue="intake" keepMounted={false}>
        <Tabs.List>
          {(['intake', 'assessments', 'plan', 'services', 'notes', 'tasks', 'history'] as const).map((tab) => (
            <Tabs.Tab key={tab} value={tab} data-testid={`tab-${tab}`}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
          {extraTab && (
            <Tabs.Tab value="extra" data-testid="tab-extra">
              {extraTab.label}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {extraTab && (
          <Tabs.Panel value="extra" pt="md">
            {extraTab.render(c.stage !== 'Closed')}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="intake" pt="md">
          <Stack gap="xs">
            <Text size="sm">
              <b>{t('intake.source')}:</b> {t(`source.${c.intakeSource}`)}
            </Text>
            <Text size="sm">
              <b>{t('intake.problem')}:</b> {c.presentingProblem}
            </Text>
            <Text size="sm">
              <b>{t('intake.needs')}:</b> {c.urgentNeeds.length ? c.urgentNeeds.map((n) => t(`need.${n}`)).join(', ') : t('intake.none')}
            </Text>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="md">
          <AssessmentsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab c={c} supervisor={supervisor} />
        </Tabs.Panel>
        <Tabs.Panel value="services" pt="md">
          <ServicesTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TasksTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Timeline active={history.length} bulletSize={14} lineWidth={2}>
            {history.map((entry, i) =>
              entry.kind === 'move' ? (
                <Timeline.Item
                  key={i}
                  title={entry.fromStage ? t('history.moved', { from: t(`stage.${entry.fromStage}`), to: t(`stage.${entry.toStage}`) }) : t(`stage.${entry.toStage}`)}
                >
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at)} {entry.byName ? t('history.by', { name: entry.byName }) : ''}
                  </Text>
                  {entry.reason && <Text size="sm">{entry.reason}</Text>}
                </Timeline.Item>
              ) : (
                <Timeline.Item key={i} data-testid="risk-change-entry" title={t('history.risk', { from: t(`risk.${entry.from}`), to: t(`risk.${entry.to}`) })}>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at)} {t(`history.riskSource.${entry.source}`)} {entry.byName ? t('history.by', { name: entry.byName }) : ''}
                  </Text>
                </Timeline.Item>
              ),
            )}
          </Timeline>
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={prompt !== null}
        onClose={closePrompt}
        title={
          prompt?.kind === 'skip' ? t('page.skipTitle') : prompt?.kind === 'closure' ? t('page.closureTitle') : prompt?.kind === 'reopen' ? t('page.reopenTitle') : t('page.returnTitle')
        }
      >
        <Stack gap="sm">
          {prompt?.kind === 'skip' && (
            <Select
              label={t('page.skipTo')}
              data={stages.filter((s) => s !== 'Closed' && s !== c.stage).map((s) => ({ value: s, label: t(`stage.${s}`) }))}
              value={target}
              onChange={(value) => setTarget(value as CaseStage | null)}
            />
          )}
          {prompt?.kind === 'closure' && (
            <Select
              label={t('page.closureReason')}
              data={closureReasons.map((r) => ({ value: r, label: t(`closureReason.${r}`) }))}
              value={closureReason}
              onChange={(value) => setClosureReason(value as ClosureReason | null)}
              required
              data-testid="closure-reason"
            />
          )}
          <Textarea
            label={
              prompt?.kind === 'skip' ? t('page.skipReason') : prompt?.kind === 'closure' ? (closureReason === 'Other' ? t('page.closingReasonOther') : t('page.closingReason')) : prompt?.kind === 'reopen' ? t('page.reopenReason') : t('page.comment')
            }
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            
            rows={2}
            maxLength={2000}
            data-testid="prompt-text"
          />
          <ModalActions
            onCancel={closePrompt}
            confirmLabel={prompt?.kind === 'return' ? t('page.return') : prompt?.kind === 'reopen' ? t('page.reopen') : prompt?.kind === 'closure' ? t('page.requestClosure') : t('page.skipTo')}
            loading={move.isPending || request.isPending || reopen.isPending || decide.isPending}
            disabled={prompt?.kind === 'closure' && (!closureReason || (closureReason === 'Other' && !text.trim()))}
            onConfirm={() => {
              const reason = text.trim();
              const done = { onSuccess: closePrompt };
              if (prompt?.kind === 'skip' && target) move.mutate({ toStage: target, reason: reason || null, version: c.version }, done);
              if (prompt?.kind === 'closure' && closureReason) request.mutate({ subject: 'Closure', closureReason, closingReason: reason || null, version: c.version }, done);
              if (prompt?.kind === 'reopen') reopen.mutate({ reason, version: c.version }, done);
              if (prompt?.kind === 'return') decide.mutate({ subject: 'Closure', approve: false, comment: reason, version: c.version }, done);
            }}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
