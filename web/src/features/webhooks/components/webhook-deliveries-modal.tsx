import { Button, Group, Modal, Pagination, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { StatusBadge } from '@/components/query-table';
import { formatDateTime, formatInteger } from '@/lib/format';
import { useWebhookDeliveries } from '../api/list-webhook-deliveries';
import type { WebhookSubscription } from '../api/list-webhook-subscriptions';
import { useRedeliverWebhook } from '../api/redeliver-webhook';
import { deliveryStatusColor, eventTypeLabel } from './webhook-labels';

const pageSize = 20;

function DeliveryLog({ subscription }: { subscription: WebhookSubscription }) {
  const { t } = useTranslation('webhooks');
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(subscription.id, { page, pageSize });
  const redeliver = useRedeliverWebhook();
  const [notice, setNotice] = useState<string | null>(null);

  if (deliveries.isPending) return <Loading />;
  if (deliveries.isError) return <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  const { items, totalPages } = deliveries.data;

  return (
    <Stack gap="sm">
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <ErrorBanner title={t('deliveries.redeliverFailed')} messages={redeliver.isError ? [redeliver.error.message] : []} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs" aria-label={t('deliveries.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deliveries.columns.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('deliveries.columns.event')}</Table.Th>
              <Table.Th scope="col">{t('deliveries.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('deliveries.columns.response')}</Table.Th>
              <Table.Th scope="col">{t('deliveries.columns.attempts')}</Table.Th>
              <Table.Th scope="col">{t('deliveries.columns.lastAttemptAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('deliveries.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="md">
                    {t('deliveries.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((delivery) => {
              const event = eventTypeLabel(t, delivery.eventType);
              const when = formatDateTime(delivery.createdAt);
              return (
                <Table.Tr key={delivery.id} data-testid="webhook-delivery-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {delivery.webhookId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={deliveryStatusColor[delivery.status]}>{t(`delivery.status.${delivery.status}`)}</StatusBadge>
                    {delivery.status === 'Pending' && delivery.nextAttemptAt && (
                      <Text size="xs" c="dimmed">
                        {t('deliveries.nextAttempt', { date: formatDateTime(delivery.nextAttemptAt) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {delivery.lastStatusCode != null ? (
                      <Text size="sm">{t('delivery.code', { code: delivery.lastStatusCode })}</Text>
                    ) : delivery.attempts > 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('deliveries.noResponse')}
                      </Text>
                    ) : null}
                    {delivery.lastError && (
                      <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
                        {delivery.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatInteger(delivery.attempts)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(delivery.lastAttemptAt)}</Table.Td>
                  <Table.Td>
                    {/* A pending delivery is still being tried: the API refuses to send it again (webhook-delivery-pending). */}
                    {delivery.status !== 'Pending' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconSend size={16} aria-hidden />}
                        aria-label={t('deliveries.redeliverLabel', { event, date: when })}
                        loading={redeliver.isPending && redeliver.variables === delivery.id}
                        onClick={() =>
                          redeliver.mutate(delivery.id, {
                            onSuccess: () => setNotice(t('deliveries.redelivered', { event })),
                          })
                        }
                      >
                        {t('deliveries.redeliver')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {totalPages > 1 && (
        <Group justify="center">
          <Pagination total={totalPages} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}

/** A subscription's delivery log (status, response, attempts, times), each finished delivery can be sent again. */
export function WebhookDeliveriesModal({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useTranslation('webhooks');
  const { t: common } = useTranslation();
  return (
    <Modal opened={subscription !== null} onClose={onClose} title={t('deliveries.title')} size="xl" closeButtonProps={{ 'aria-label': common('actions.close') }}>
      {subscription && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('deliveries.subtitle', { url: subscription.url })}
          </Text>
          <DeliveryLog key={subscription.id} subscription={subscription} />
        </Stack>
      )}
    </Modal>
  );
}
