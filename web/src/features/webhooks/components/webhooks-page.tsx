import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEdit, IconKey, IconList, IconPlayerPause, IconPlayerPlay, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { useSignedInUser } from '@/lib/auth/me';
import { formatDateTime } from '@/lib/format';
import { useDeleteWebhookSubscription } from '../api/delete-webhook-subscription';
import { useWebhookSubscriptions, type WebhookSubscription } from '../api/list-webhook-subscriptions';
import { usePauseWebhookSubscription } from '../api/pause-webhook-subscription';
import { useResumeWebhookSubscription } from '../api/resume-webhook-subscription';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { deliveryStatusColor, eventTypeLabel } from './webhook-labels';
import { WebhookDeliveriesModal } from './webhook-deliveries-modal';
import { WebhookFormModal } from './webhook-form-modal';
import { WebhookSecretModal, type ShownSecret } from './webhook-secret-modal';

/** The newest delivery of a subscription, as the subscription list carries it (when, how it went, the receiver's status code). */
function LastDelivery({ last }: { last: WebhookSubscription['lastDelivery'] }) {
  const { t } = useTranslation('webhooks');
  if (!last) {
    return (
      <Text size="sm" c="dimmed">
        {t('delivery.none')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <StatusBadge color={deliveryStatusColor[last.status]}>{t(`delivery.status.${last.status}`)}</StatusBadge>
        {last.statusCode != null && <Text size="xs">{t('delivery.code', { code: last.statusCode })}</Text>}
      </Group>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(last.at)}
      </Text>
    </Stack>
  );
}

function SubscriptionStatus({ subscription }: { subscription: WebhookSubscription }) {
  const { t } = useTranslation('webhooks');
  if (subscription.status === 'Paused') {
    const reason = subscription.pausedReason === 'failing' ? 'status.pausedFailing' : 'status.pausedByOwner';
    return (
      <Stack gap={2}>
        <StatusBadge color="gray">{t('status.paused')}</StatusBadge>
        {subscription.pausedAt && (
          <Text size="xs" c={subscription.pausedReason === 'failing' ? 'red' : 'dimmed'}>
            {t(reason, { date: formatDateTime(subscription.pausedAt) })}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <StatusBadge color="teal">{t('status.active')}</StatusBadge>
      {subscription.failingSince && (
        <Text size="xs" c="red">
          {t('status.failingSince', { date: formatDateTime(subscription.failingSince) })}
        </Text>
      )}
    </Stack>
  );
}

function RowButton({ icon, label, url, color, loading, onClick }: { icon: ReactNode; label: string; url: string; color?: string; loading?: boolean; onClick: () => void }) {
  const { t } = useTranslation('webhooks');
  return (
    <Button size="xs" variant="subtle" color={color} leftSection={icon} aria-label={t('actions.forUrl', { action: label, url })} loading={loading} onClick={onClick}>
      {label}
    </Button>
  );
}

/**
 * Webhooks of the caller's facility (or province): add one (its signing secret is shown once), edit, rotate the
 * secret, pause or resume, delete, and read a subscription's delivery log to send a delivery again.
 */
export function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const me = useSignedInUser();
  const subscriptions = useWebhookSubscriptions();
  const pause = usePauseWebhookSubscription();
  const resume = useResumeWebhookSubscription();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookSubscription();
  const [formOpened, { open: openForm, close: closeForm }] = useDisclosure(false);
  const [editing, setEditing] = useState<WebhookSubscription | null>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [rotating, setRotating] = useState<WebhookSubscription | null>(null);
  const [deleting, setDeleting] = useState<WebhookSubscription | null>(null);
  const [logOf, setLogOf] = useState<WebhookSubscription | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const subtitle = me.facility ? t('subtitleFacility', { facility: me.facility.name }) : t('subtitleProvince');
  const toggleError = pause.error ?? resume.error;

  const togglePaused = (subscription: WebhookSubscription) => {
    setNotice(null);
    const mutation = subscription.status === 'Paused' ? resume : pause;
    const done = subscription.status === 'Paused' ? 'actions.resumed' : 'actions.paused';
    mutation.mutate(subscription.id, { onSuccess: () => setNotice(t(done, { url: subscription.url })) });
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={subtitle}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => {
              setEditing(null);
              openForm();
            }}
            data-testid="create-webhook"
          >
            {t('create')}
          </Button>
        }
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <ErrorBanner title={t('actions.failed')} messages={toggleError ? [toggleError.message] : []} mb="sm" />
      <QueryTable
        query={subscriptions}
        label={t('tableLabel')}
        minWidth={1100}
        columns={[t('columns.url'), t('columns.events'), t('columns.status'), t('columns.lastDelivery')]}
        actionsLabel={t('columns.actions')}
        empty={t('empty')}
        row={(subscription) => {
          const paused = subscription.status === 'Paused';
          const url = subscription.url;
          return (
            <Table.Tr key={subscription.id} data-testid="webhook-row" data-paused={paused || undefined}>
              <Table.Td style={{ maxWidth: 320 }}>
                <Code style={{ overflowWrap: 'anywhere' }}>{url}</Code>
                {subscription.description && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {subscription.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {subscription.eventTypes.map((type) => (
                    <Badge key={type} variant="outline" size="sm" style={{ textTransform: 'none' }}>
                      {eventTypeLabel(t, type)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <SubscriptionStatus subscription={subscription} />
              </Table.Td>
              <Table.Td>
                <LastDelivery last={subscription.lastDelivery} />
              </Table.Td>
              <Table.Td>
                <Group gap={0} justify="flex-end">
                  <RowButton icon={<IconList size={16} aria-hidden />} label={t('actions.deliveries')} url={url} onClick={() => setLogOf(subscription)} />
                  <RowButton
                    icon={<IconEdit size={16} aria-hidden />}
                    label={t('actions.edit')}
                    url={url}
                    onClick={() => {
                      setEditing(subscription);
                      openForm();
                    }}
                  />
                  <RowButton icon={<IconKey size={16} aria-hidden />} label={t('actions.rotate')} url={url} onClick={() => setRotating(subscription)} />
                  <RowButton
                    icon={paused ? <IconPlayerPlay size={16} aria-hidden /> : <IconPlayerPause size={16} aria-hidden />}
                    label={t(paused ? 'actions.resume' : 'actions.pause')}
                    url={url}
                    loading={(pause.isPending && pause.variables === subscription.id) || (resume.isPending && resume.variables === subscription.id)}
                    onClick={() => togglePaused(subscription)}
                  />
                  <RowButton icon={<IconTrash size={16} aria-hidden />} label={t('actions.delete')} url={url} color="red" onClick={() => setDeleting(subscription)} />
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
      <WebhookFormModal
        editing={editing}
        opened={formOpened}
        onClose={() => {
          closeForm();
          setEditing(null);
        }}
        onCreated={(created) => {
          closeForm();
          setNotice(null);
          setSecret({ kind: 'created', url: created.subscription.url, secret: created.secret });
        }}
        onSaved={(saved) => {
          closeForm();
          setEditing(null);
          setNotice(t('form.saved', { url: saved.url }));
        }}
      />
      <WebhookSecretModal shown={secret} onClose={() => setSecret(null)} />
      <WebhookDeliveriesModal subscription={logOf} onClose={() => setLogOf(null)} />
      {/* The old secret stops signing at once: the receiver must take the new one. */}
      <ConfirmActionModal
        subject={rotating}
        title={t('rotate.title')}
        message={(subscription) => t('rotate.text', { url: subscription.url })}
        note={t('rotate.note')}
        confirmLabel={t('rotate.confirm')}
        failedTitle={t('rotate.failed')}
        mutation={rotate}
        variables={(subscription) => subscription.id}
        onClose={() => setRotating(null)}
        onDone={(result) => {
          const url = rotating?.url ?? '';
          setRotating(null);
          setNotice(null);
          setSecret({ kind: 'rotated', url, secret: result.secret });
        }}
      />
      <ConfirmActionModal
        subject={deleting}
        title={t('delete.title')}
        message={(subscription) => t('delete.text', { url: subscription.url })}
        note={t('delete.note')}
        confirmLabel={t('delete.confirm')}
        failedTitle={t('delete.failed')}
        mutation={remove}
        variables={(subscription) => subscription.id}
        onClose={() => setDeleting(null)}
        onDone={() => {
          const url = deleting?.url ?? '';
          setDeleting(null);
          setNotice(t('delete.done', { url }));
        }}
      />
    </>
  );
}
