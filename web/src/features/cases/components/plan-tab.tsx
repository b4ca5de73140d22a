import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDecideApproval } from '../api/decide-approval';
import type { CaseDetail } from '../api/get-case';
import { useRequestApproval } from '../api/request-approval';
import { useSavePlan, type SavePlanInput } from '../api/save-plan';
import { serviceTypes } from './case-options';
import { DateField } from '@/components/date-field';

type Goal = SavePlanInput['goals'][number];

/** The case plan: goals with planned services, responsible people and due dates; then the unit head's approval. */
export function PlanTab({ c, supervisor }: { c: CaseDetail; supervisor: boolean }) {
  const { t } = useTranslation('cases');
  const save = useSavePlan(c.id);
  const request = useRequestApproval(c.id);
  const decide = useDecideApproval(c.id);
  const [goals, setGoals] = useState<Goal[]>(
    c.planGoals.length ? c.planGoals.map((g) => ({ goal: g.goal, plannedService: g.plannedService ?? undefined, responsible: g.responsible, dueOn: g.dueOn })) : [{ goal: '', plannedService: undefined, responsible: null, dueOn: null }],
  );
  const [reviewOn, setReviewOn] = useState<string | null>(c.planReviewOn ?? null);
  const [comment, setComment] = useState('');
  const editable = c.stage !== 'Closed' && c.planApproval !== 'Requested';
  const update = (i: number, patch: Partial<Goal>) => setGoals(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const errors = [save, request, decide].map((m) => m.error?.message).filter((m): m is string => Boolean(m));

  return (
    <Stack gap="md">
      <Group>
        <Badge size="lg" variant="light" color={c.planApproval === 'Approved' ? 'teal' : c.planApproval === 'Returned' ? 'red' : 'gray'} data-testid="plan-approval">
          {t('plan.status', { status: t(`approval.${c.planApproval}`) })}
        </Badge>
      </Group>
      <ErrorBanner title={t('plan.failed')} messages={errors} />
      {editable ? (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('plan.goals')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.goal')}</Table.Th>
                <Table.Th>{t('plan.service')}</Table.Th>
                <Table.Th>{t('plan.responsible')}</Table.Th>
                <Table.Th>{t('plan.due')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goals.map((g, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput aria-label={t('plan.goal')} value={g.goal} disabled={!editable} maxLength={1000} onChange={(e) => update(i, { goal: e.currentTarget.value })} data-testid="plan-goal" />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('plan.service')}
                      data={serviceTypes.map((v) => ({ value: v, label: t(`service.${v}`) }))}
                      value={g.plannedService ?? null}
                      disabled={!editable}
                      onChange={(value) => update(i, { plannedService: (value as Goal['plannedService']) ?? undefined })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t('plan.responsible')} value={g.responsible ?? ''} disabled={!editable} maxLength={200} onChange={(e) => update(i, { responsible: e.currentTarget.value || null })} />
                  </Table.Td>
                  <Table.Td>
                    <DateField aria-label={t('plan.due')} value={g.dueOn ?? null} disabled={!editable} clearable onChange={(value) => update(i, { dueOn: value ?? null })} />
                  </Table.Td>
                  <Table.Td>
                    {editable && goals.length > 1 && (
                      <ActionIcon variant="subtle" color="red" aria-label={t('plan.remove')} onClick={() => setGoals(goals.filter((_, j) => j !== i))}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <PlanReading c={c} />
      )}
      {editable && (
        <Group>
          <Button variant="subtle" onClick={() => setGoals([...goals, { goal: '', plannedService: undefined, responsible: null, dueOn: null }])}>
            {t('plan.addGoal')}
          </Button>
          <DateField label={t('plan.reviewOn')} value={reviewOn} clearable onChange={setReviewOn} />
          <Button
            onClick={() => save.mutate({ goals: goals.filter((g) => g.goal.trim()).map((g) => ({ ...g, goal: g.goal.trim() })), reviewOn, version: c.version })}
            loading={save.isPending}
            data-testid="save-plan"
          >
            {t('plan.save')}
          </Button>
          {c.planGoals.length > 0 && c.planApproval !== 'Approved' && (
            <Button variant="light" onClick={() => request.mutate({ subject: 'Plan', closingReason: null, version: c.version })} loading={request.isPending} data-testid="request-plan-approval">
              {t('plan.request')}
            </Button>
          )}
        </Group>
      )}
      {supervisor && c.planApproval === 'Requested' && (
        <Paper withBorder p="md" data-testid="plan-decision">
          <Stack gap="sm">
            <Text fw={600}>{t('plan.decideTitle')}</Text>
            <Textarea label={t('page.comment')} description={t('plan.returnNeedsComment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={2000} rows={2} />
            <Group>
              <Button color="teal" onClick={() => decide.mutate({ subject: 'Plan', approve: true, comment: comment.trim() || null, version: c.version })} loading={decide.isPending} data-testid="approve-plan">
                {t('page.approve')}
              </Button>
              <Button variant="default" disabled={!comment.trim()} onClick={() => decide.mutate({ subject: 'Plan', approve: false, comment: comment.trim(), version: c.version })} data-testid="return-plan">
                {t('page.return')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {c.approvals.length > 0 && (
        <>
          <Text fw={600}>{t('plan.trail')}</Text>
          <Timeline bulletSize={12} lineWidth={2} active={c.approvals.length}>
            {c.approvals.map((a, i) => (
              <Timeline.Item key={i} title={`${t(`tabs.${a.subject === 'Plan' ? 'plan' : 'history'}`)} — ${t(`approval.${a.decision}`)}`}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(a.at)} {a.byName ?? ''}
                </Text>
                {a.comment && <Text size="sm">{a.comment}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </>
      )}
      {c.planReviewOn && (
        <Text size="sm" c={c.planReviewOverdueSince ? 'red' : 'dimmed'}>
          {t('plan.reviewOn')}: {formatDate(c.planReviewOn)}
        </Text>
      )}
    </Stack>
  );
}

/** The plan as text to read (while it awaits approval or once the case is closed): nothing cut off in one-line inputs. */
function PlanReading({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  if (!c.planGoals.length) return <Text c="dimmed">{t('plan.empty')}</Text>;
  return (
    <Stack gap="xs" component="ol" aria-label={t('plan.goals')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {c.planGoals.map((g, i) => (
        <Paper key={g.id} withBorder p="sm" component="li" data-testid="plan-goal-text">
          <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {i + 1}. {g.goal}
          </Text>
          <Group gap="lg" mt={4}>
            <Text size="sm">
              <b>{t('plan.service')}:</b> {g.plannedService ? t(`service.${g.plannedService}`) : '—'}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <b>{t('plan.responsible')}:</b> {g.responsible ?? '—'}
            </Text>
            <Text size="sm">
              <b>{t('plan.due')}:</b> {g.dueOn ? formatDate(g.dueOn) : '—'}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
