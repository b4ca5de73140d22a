import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger, todayIso } from '@/lib/format';
import { myWorkKey, useMyWork, type MyCase } from '../api/get-my-work';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {formatInteger(value)}
      </Text>
    </div>
  );
}

/**
 * The signed-in person's own work — what a collaborator, who sees no unit-wide figures, starts from: their open
 * cases with the next follow-up, their tally, and what they logged. `actions` renders the log buttons the app composes
 * in, given a callback that refreshes the card once something is logged and the assigned cases (to log counselling on).
 */
export function MyWorkCard({ actions }: { actions?: (refresh: () => void, cases: MyCase[]) => ReactNode }) {
  const { t } = useTranslation('my-work');
  const work = useMyWork();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: myWorkKey });
  const today = todayIso();
  return (
    <SectionCard title={t('title')} description={t('subtitle')}>
      {work.isPending ? (
        <Loading />
      ) : work.isError ? (
        <QueryError error={work.error} onRetry={() => void work.refetch()} />
      ) : (
        <Stack gap="md">
          {actions && <Group gap="xs">{actions(refresh, work.data.cases)}</Group>}
          <div>
            <Text fw={600} mb={4}>
              {t('cases.title')}
            </Text>
            {work.data.cases.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('cases.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table aria-label={t('cases.title')}>
                  <Table.Tbody>
                    {work.data.cases.map((c) => (
                      <Table.Tr key={c.id} data-testid="my-case">
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.caseNumber}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
                            {c.clientName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Badge size="sm" variant="light" style={{ whiteSpace: 'nowrap', overflow: 'visible' }}>
                            {t(`stage.${c.stage}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {c.nextTaskDueOn ? (
                            <Text size="sm" c={c.nextTaskDueOn < today ? 'red' : undefined}>
                              {t('cases.next', { date: formatDate(c.nextTaskDueOn), title: c.nextTaskTitle ?? '' })}
                            </Text>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('cases.noNext')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </div>
          <div>
            <Text fw={600} mb={4}>
              {t('tally.title')}
            </Text>
            <SimpleGrid cols={2}>
              <Figure label={t('tally.today')} value={work.data.tally.today} testId="my-tally-today" />
              <Figure label={t('tally.month')} value={work.data.tally.thisMonth} testId="my-tally-month" />
            </SimpleGrid>
          </div>
          <div>
            <Text fw={600} mb={4}>
              {t('logged.title')}
            </Text>
            {work.data.logged.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('logged.empty')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {work.data.logged.map((item) => (
                  <Group key={`${item.kind}-${item.id}`} gap="xs" component="li" wrap="nowrap" data-testid="my-logged">
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(item.date)}
                    </Text>
                    <Badge size="sm" variant="outline" style={{ flexShrink: 0 }}>
                      {t(`logged.kind.${item.kind}`)}
                    </Badge>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {item.caseId ? (
                        <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm">
                          {item.title}
                        </Anchor>
                      ) : (
                        item.title
                      )}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </div>
        </Stack>
      )}
    </SectionCard>
  );
}
