import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { DateField } from '@/components/date-field';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/forms';
import { useAddRecommendation } from '../api/add-recommendation';
import { useCloseVisit } from '../api/close-visit';
import { useSupervisionVisit, type Recommendation, type Visit } from '../api/get-visit';
import { useRemoveRecommendation } from '../api/remove-recommendation';
import { useReviewFollowUp } from '../api/review-follow-up';
import { FollowUpModal } from './follow-up-modal';
import { RecordVisitModal } from './record-visit-modal';
import { ReopenModal } from './reopen-modal';
import { RecommendationBadges, VisitStatusBadge } from './status-badges';

/** One visit: what the team found and recommended, and how the facility carries each recommendation out. */
export function VisitPage({ visitId }: { visitId: string }) {
  const { t } = useTranslation('supervision');
  const me = useSignedInUser();
  const visit = useSupervisionVisit(visitId);
  const close = useCloseVisit();
  const [recording, setRecording] = useState(false);
  const [closing, setClosing] = useState<Visit | null>(null);
  if (visit.isPending) return <Loading />;
  if (visit.isError) return <QueryError error={visit.error} onRetry={() => void visit.refetch()} />;
  const v = visit.data;
  const manages = can(me, 'supervision.manage') && v.status !== 'Closed';
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/supervision" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('visit.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('visit.heading', { facility: v.facilityName })}
        subtitle={<VisitStatusBadge status={v.status} />}
        actions={
          manages && (
            <>
              <Button variant="default" onClick={() => setRecording(true)}>
                {t('visit.record')}
              </Button>
              <Button onClick={() => setClosing(v)} disabled={!v.conductedOn || !v.findings}>
                {t('visit.close')}
              </Button>
            </>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap={6}>
            <Text size="sm">
              <b>{t('visit.plannedOn')}:</b> {formatDate(v.plannedOn)}
            </Text>
            <Text size="sm" data-testid="visit-conducted-on">
              <b>{t('visit.conductedOn')}:</b> {formatDate(v.conductedOn)}
            </Text>
            <Text size="sm">
              <b>{t('visit.scope')}:</b> {v.scope}
            </Text>
          </Stack>
        </Card>
        <Card withBorder>
          <Text size="sm" fw={600} mb={4}>
            {t('visit.team')}
          </Text>
          <List size="sm">
            {v.team.map((m, i) => (
              <List.Item key={i}>
                {m.name}
                {m.title ? ` — ${m.title}` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
      </SimpleGrid>
      <SectionCard title={t('visit.findings')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={v.findings ? undefined : 'dimmed'} data-testid="visit-findings">
          {v.findings ?? t('visit.noFindings')}
        </Text>
      </SectionCard>
      <Recommendations visit={v} />
      {manages && <RecordVisitModal key={v.version} visit={v} opened={recording} onClose={() => setRecording(false)} />}
      <ConfirmActionModal
        subject={closing}
        title={t('visit.closeTitle')}
        message={() => t('visit.closeMessage')}
        confirmLabel={t('visit.close')}
        failedTitle={t('visit.closeFailed')}
        mutation={close}
        variables={(s) => ({ visitId: s.id, version: s.version })}
        onClose={() => setClosing(null)}
        onDone={() => setClosing(null)}
      />
    </Stack>
  );
}

function Recommendations({ visit }: { visit: Visit }) {
  const { t } = useTranslation('supervision');
  const me = useSignedInUser();
  const remove = useRemoveRecommendation();
  const review = useReviewFollowUp();
  const [followingUp, setFollowingUp] = useState<Recommendation | null>(null);
  const [reopening, setReopening] = useState<Recommendation | null>(null);
  const closed = visit.status === 'Closed';
  const manages = can(me, 'supervision.manage');
  const followsUp = can(me, 'supervision.follow-up') && closed;
  return (
    <SectionCard title={t('visit.recommendations')}>
      <Stack gap="sm">
        {visit.recommendations.length === 0 && <Text c="dimmed">{t('visit.noRecommendations')}</Text>}
        <ErrorBanner title={t('review.failed')} messages={[remove.error, review.error].flatMap((e) => (e ? [e.message] : []))} />
        {visit.recommendations.map((r) => {
          const awaiting = !r.accepted && (r.status === 'Done' || r.status === 'NotFeasible');
          return (
            <Card withBorder key={r.id} data-testid="recommendation">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text fw={600}>
                    {r.number}. {r.text}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('visit.due', { date: formatDate(r.dueOn) })}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap" data-testid="recommendation-status">
                  <RecommendationBadges status={r.status} accepted={r.accepted} overdue={r.overdue} />
                </Group>
              </Group>
              {r.history.length > 0 && (
                <Timeline bulletSize={12} lineWidth={2} mt="sm" aria-label={t('visit.history')}>
                  {r.history.map((e, i) => (
                    <Timeline.Item
                      key={i}
                      title={t(`event.${e.kind}`, { status: e.status ? t(`recommendationStatus.${e.status}`) : '' })}
                    >
                      {e.note && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {e.note}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {e.date ? formatDate(e.date) : formatDateTime(e.at)}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
              <Group gap="xs" mt="sm">
                {followsUp && !r.accepted && !awaiting && (
                  <Button size="xs" onClick={() => setFollowingUp(r)} data-testid="record-follow-up">
                    {t('followUp.record')}
                  </Button>
                )}
                {manages && closed && awaiting && (
                  <>
                    <Button
                      size="xs"
                      color="teal"
                      loading={review.isPending}
                      onClick={() => review.mutate({ recommendationId: r.id, version: r.version, outcome: 'Accepted', comment: null })}
                      data-testid="accept-follow-up"
                    >
                      {t('review.accept')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setReopening(r)}>
                      {t('review.reopen')}
                    </Button>
                  </>
                )}
                {manages && !closed && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('visit.removeLabel', { number: r.number })}
                    onClick={() => remove.mutate(r.id)}
                  >
                    {t('visit.remove')}
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
        {manages && !closed && <AddRecommendationForm visit={visit} />}
      </Stack>
      <FollowUpModal key={followingUp?.id ?? 'none'} recommendation={followingUp} onClose={() => setFollowingUp(null)} />
      <ReopenModal key={reopening?.id ?? 'none-reopen'} recommendation={reopening} onClose={() => setReopening(null)} />
    </SectionCard>
  );
}

function AddRecommendationForm({ visit }: { visit: Visit }) {
  const { t } = useTranslation('supervision');
  const add = useAddRecommendation();
  const [errors, setErrors] = useState<string[]>([]);
  const form = useForm({
    initialValues: { text: '', dueOn: null as string | null },
    validate: { text: (v) => (v.trim() ? null : t('recommendation.textRequired')), dueOn: (v) => (v ? null : t('form.dateRequired')) },
  });
  return (
    <form
      aria-label={t('recommendation.add')}
      noValidate
      onSubmit={form.onSubmit((v) =>
        add.mutate(
          { visitId: visit.id, text: v.text.trim(), dueOn: v.dueOn! },
          {
            onSuccess: () => {
              form.reset();
              setErrors([]);
            },
            onError: (error) => setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <Stack gap="xs">
        <ErrorBanner title={t('recommendation.failed')} messages={errors} />
        <Textarea label={t('recommendation.text')} required rows={2} maxLength={2000} {...form.getInputProps('text')} />
        <Group align="flex-end">
          <DateField label={t('recommendation.dueOn')} required {...form.getInputProps('dueOn')} />
          <Button type="submit" loading={add.isPending}>
            {t('recommendation.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
