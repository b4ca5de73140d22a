import { Anchor, Badge, Button, Card, Group, NumberInput, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger, toIsoDate } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateCommunicationItem } from '../api/create-communication-item';
import { useCommunicationCounts } from '../api/get-communication-counts';
import { useCommunicationItems, type CommunicationChannel } from '../api/list-communication-items';

// The unit's own channels, then the mass media (press, radio, TV) the Health Department's directive asks for.
const ownChannels: CommunicationChannel[] = ['Loudspeaker', 'WebsiteArticle', 'SocialNetworkPost', 'DirectSession', 'PrintedMaterial'];
const massMediaChannels: CommunicationChannel[] = ['PrintPress', 'OnlinePress', 'Radio', 'Television'];
const channels = [...ownChannels, ...massMediaChannels];
/** The filter's pseudo-channel: every mass-media channel at once. */
const MASS_MEDIA = 'massMedia';

/** Communication output: pieces per channel this year, and the list of broadcasts, articles, posts, sessions and leaflets. */
export function CommunicationPage() {
  const { t } = useTranslation('outreach');
  const me = useSignedInUser();
  const [channel, setChannel] = useState<CommunicationChannel | typeof MASS_MEDIA | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const year = dayjs().year();
  const counts = useCommunicationCounts(`${year}-01-01`, `${year}-12-31`);
  const items = useCommunicationItems(channel === MASS_MEDIA ? null : channel, page, channel === MASS_MEDIA);
  const massMediaItems = counts.data?.rows.filter((r) => massMediaChannels.includes(r.channel)).reduce((sum, r) => sum + r.items, 0) ?? 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('communication.title')}
        subtitle={t('communication.subtitle')}
        actions={
          can(me, 'activities.manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('communication.add')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {channels.map((c) => {
          const rows = counts.data?.rows.filter((r) => r.channel === c) ?? [];
          return (
            <Card key={c} withBorder padding="sm">
              <Text size="sm" c="dimmed">
                {t(`channels.${c}`)}
              </Text>
              <Text fz={24} fw={700} data-testid={`channel-count-${c}`}>
                {formatInteger(rows.reduce((sum, r) => sum + r.items, 0))}
              </Text>
              <Text size="xs" c="dimmed">
                {t('communication.audience', { count: rows.reduce((sum, r) => sum + r.audienceReached, 0) })}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('communication.thisYear', { year })}{' '}
        <Text span fw={600} c="dark" data-testid="mass-media-count">
          {t('communication.massMediaCount', { formatted: formatInteger(massMediaItems) })}
        </Text>
      </Text>
      <Group>
        <Select
          label={t('communication.channel')}
          placeholder={t('communication.allChannels')}
          clearable
          data={[
            { group: t('communication.ownChannels'), items: ownChannels.map((value) => ({ value, label: t(`channels.${value}`) })) },
            {
              group: t('communication.massMedia'),
              items: [{ value: MASS_MEDIA, label: t('communication.allMassMedia') }, ...massMediaChannels.map((value) => ({ value, label: t(`channels.${value}`) }))],
            },
          ]}
          value={channel}
          onChange={(value) => {
            setChannel(value as CommunicationChannel | typeof MASS_MEDIA | null);
            setPage(1);
          }}
        />
      </Group>
      {items.isPending ? (
        <Loading />
      ) : items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('communication.list')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('communication.date')}</Table.Th>
                  <Table.Th scope="col">{t('communication.channel')}</Table.Th>
                  <Table.Th scope="col">{t('communication.itemTitle')}</Table.Th>
                  <Table.Th scope="col">{t('communication.topic')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('communication.audienceReached')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{formatDate(item.date)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`channels.${item.channel}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {item.link ? (
                        <Anchor href={item.link} target="_blank" rel="noreferrer">
                          {item.title}
                        </Anchor>
                      ) : (
                        item.title
                      )}
                    </Table.Td>
                    <Table.Td>{item.topic}</Table.Td>
                    <Table.Td ta="right">{item.audienceReached == null ? '—' : formatInteger(item.audienceReached)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.data.totalPages > 1 && (
            <Group justify="center" p="sm">
              <Pagination total={items.data.totalPages} value={page} onChange={setPage} />
            </Group>
          )}
        </Card>
      )}
      <CreateItemModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

/** Logs a piece of communication (also offered to collaborators on their start page, for what they took part in). */
export function CreateItemModal({ opened, onClose, onLogged }: { opened: boolean; onClose: () => void; onLogged?: () => void }) {
  const { t } = useTranslation('outreach');
  const create = useCreateCommunicationItem();
  const form = useForm({
    initialValues: { channel: 'Loudspeaker' as string | null, title: '', date: null as string | null, topic: '', audienceReached: '' as number | string, link: '' },
    validate: { title: (v) => (v.trim() ? null : t('form.titleRequired')), date: (v) => (v ? null : t('form.dateRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('communication.add')}
      failedTitle={t('form.failed')}
      submitLabel={t('form.save')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            channel: v.channel as CommunicationChannel,
            title: v.title.trim(),
            date: toIsoDate(dayjs(v.date)),
            topic: v.topic.trim() || null,
            audienceReached: v.audienceReached === '' ? null : Number(v.audienceReached),
            link: v.link.trim() || null,
          },
          {
            onSuccess: () => {
              onLogged?.();
              dialog.close();
            },
            onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <Select label={t('communication.channel')} allowDeselect={false} data={channels.map((value) => ({ value, label: t(`channels.${value}`) }))} {...form.getInputProps('channel')} />
      <TextInput label={t('communication.itemTitle')} required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('communication.date')} required {...form.getInputProps('date')} />
        <NumberInput label={t('communication.audienceReached')} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," {...form.getInputProps('audienceReached')} />
      </SimpleGrid>
      <TextInput label={t('communication.topic')} {...form.getInputProps('topic')} />
      <TextInput label={t('communication.link')} placeholder="https://" {...form.getInputProps('link')} />
    </FormModal>
  );
}
