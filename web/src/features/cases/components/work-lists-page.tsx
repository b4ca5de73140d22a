import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { useWorkLists, type WorkLists } from '../api/get-work-lists';
import { CaseList } from './case-list';

type CaseRow = WorkLists['myCases'][number];

function Section<T>({ title, items, render, testId }: { title: string; items: T[]; render: (item: T) => ReactNode; testId: string }) {
  const { t } = useTranslation('cases');
  return (
    <SectionCard title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('work.empty')}
        </Text>
      ) : (
        <List spacing="xs" data-testid={testId}>
          {items.map(render)}
        </List>
      )}
    </SectionCard>
  );
}

/** My work: open cases, overdue tasks, plans past review; for the unit head also approvals and alerts. */
export function WorkListsPage() {
  const { t } = useTranslation('cases');
  const me = useSignedInUser();
  const lists = useWorkLists();
  const acknowledge = useAcknowledgeAlert();
  if (lists.isPending) return <Loading />;
  if (lists.isError) return <QueryError error={lists.error} onRetry={() => void lists.refetch()} />;
  const w = lists.data;
  const caseLink = (c: CaseRow) => (
    <List.Item key={c.id}>
      <Anchor component={Link} to={`/cases/${c.id}`}>
        {c.clientName}
      </Anchor>{' '}
      <Badge size="xs" variant="light">
        {t(`stage.${c.stage}`)}
      </Badge>{' '}
      <Text span size="xs" c="dimmed">
        {t(`priority.${c.priority}`)} · {formatDate(c.openedOn)}
      </Text>
    </List.Item>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('work.title')} subtitle={t('work.subtitle')} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {can(me, 'cases.supervise') && (
          <>
            <Section title={t('work.awaitingApproval')} items={w.awaitingApproval} render={caseLink} testId="awaiting-approval" />
            <Section
              title={t('work.alerts')}
              items={w.alerts}
              testId="alerts"
              render={(a) => (
                <List.Item key={a.alertId}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/cases/${a.caseId}`}>
                      {a.clientName}
                    </Anchor>
                    <Button size="compact-xs" variant="subtle" onClick={() => acknowledge.mutate(a.alertId)}>
                      {t('work.acknowledge')}
                    </Button>
                  </Group>
                </List.Item>
              )}
            />
          </>
        )}
        <Section title={t('work.myCases')} items={w.myCases} render={caseLink} testId="my-cases" />
        <Section
          title={t('work.overdueTasks')}
          items={w.overdueTasks}
          testId="overdue-tasks"
          render={(task) => (
            <List.Item key={task.taskId}>
              <Anchor component={Link} to={`/cases/${task.caseId}`}>
                {task.title}
              </Anchor>{' '}
              <Text span size="xs" c="red">
                {task.clientName} · {t('work.due', { date: formatDate(task.dueOn) })}
              </Text>
            </List.Item>
          )}
        />
        <Section title={t('work.plansPastReview')} items={w.plansPastReview} render={caseLink} testId="plans-past-review" />
      </SimpleGrid>
      <CaseList />
    </Stack>
  );
}
