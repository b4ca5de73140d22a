import { Anchor, Badge, DataList, Group, Stack, Text, ThemeIcon, Timeline, type TimelineItemProps } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconClock, IconPencil, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatInteger } from '@/lib/format';
import type { UnitStatusEntry } from '../api/get-facility';
import { historyRows, type EntryState, type HistoryRow } from '../utils/unit-history';

const bullets: Record<EntryState, { color: string; icon: typeof IconCheck }> = {
  current: { color: 'teal', icon: IconCheck },
  upcoming: { color: 'blue', icon: IconClock },
  inForce: { color: 'teal', icon: IconPoint },
  superseded: { color: 'gray', icon: IconPoint },
  retraction: { color: 'red', icon: IconArrowBackUp },
};

const entryAnchor = (id: string) => `unit-entry-${id}`;

/**
 * The social-work unit's history, oldest first. Corrections and retractions are entries of their
 * own; what they replaced stays on the timeline, struck through and dimmed.
 */
export function UnitHistoryTimeline({ entries, today, meId }: { entries: UnitStatusEntry[]; today: string; meId?: string }) {
  const { t } = useTranslation('facilities');
  if (entries.length === 0)
    return (
      <Text c="dimmed" data-testid="unit-history-empty">
        {t('history.empty')}
      </Text>
    );

  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="unit-history" aria-label={t('history.title')}>
      {historyRows(entries, today).map((row) => (
        <HistoryItem key={row.entry.id} row={row} meId={meId} />
      ))}
    </Timeline>
  );
}

type TimelinePrivateProps = Pick<TimelineItemProps, '__active' | '__lineActive' | '__align'>;

function HistoryItem({ row, meId, ...timelineProps }: { row: HistoryRow; meId?: string } & TimelinePrivateProps) {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const { entry, state, original, correctedBy } = row;
  const struck = state === 'superseded';
  const { color } = bullets[state];
  // A correction in force shows a pencil where its state's icon would be; its colour still tells the state.
  const Icon = entry.correctsId && !entry.isRetraction && state !== 'superseded' ? IconPencil : bullets[state].icon;
  const value = (text: string) => (
    <Text span size="sm" td={struck ? 'line-through' : undefined}>
      {text}
    </Text>
  );
  const recordedBy = !entry.recordedBy
    ? t('history.recordedBySystem')
    : entry.recordedBy === meId
      ? t('history.recordedByYou')
      : (entry.recordedByName ?? t('history.recordedByUser', { id: entry.recordedBy.slice(0, 8) }));

  return (
    <Timeline.Item
      // Timeline clones its children with private props (active, align): pass them on to the item.
      {...timelineProps}
      id={entryAnchor(entry.id)}
      data-testid="unit-history-entry"
      data-state={state}
      bullet={
        <ThemeIcon size={22} radius="xl" color={color} variant={state === 'superseded' ? 'light' : 'filled'}>
          <Icon size={14} aria-hidden />
        </ThemeIcon>
      }
      title={
        <Group gap="xs" wrap="wrap">
          <Text component="h3" fw={600} fz="md" m={0} td={struck ? 'line-through' : undefined} c={struck ? 'dimmed' : undefined}>
            {common(`unitStatus.${entry.status}`)}
          </Text>
          {state === 'current' && <Badge color="teal">{t('history.current')}</Badge>}
          {state === 'upcoming' && (
            <Badge color="blue" variant="light">
              {t('history.upcoming')}
            </Badge>
          )}
          {state === 'superseded' && (
            <Badge color="gray" variant="outline">
              {t('history.superseded')}
            </Badge>
          )}
          {entry.isRetraction && (
            <Badge color="red" variant="light">
              {t('history.retraction')}
            </Badge>
          )}
          {entry.correctsId && !entry.isRetraction && (
            <Badge color="violet" variant="light">
              {t('history.correction')}
            </Badge>
          )}
        </Group>
      }
    >
      <Stack gap={6} mt={4} style={struck ? { opacity: 0.65 } : undefined}>
        {entry.correctsId && (
          <Text size="sm" data-testid="unit-history-corrects">
            {original
              ? t(entry.isRetraction ? 'history.retracts' : 'history.corrects', {
                  status: common(`unitStatus.${original.status}`),
                  date: formatDate(original.effectiveDate),
                })
              : t('history.correctsUnknown')}
            {original && (
              <>
                {' · '}
                <Anchor href={`#${entryAnchor(original.id)}`} size="sm">
                  {t('history.showEntry')}
                </Anchor>
              </>
            )}
            {entry.correctionReason && (
              <Text span size="sm" c="dimmed" display="block">
                {t('history.reason', { reason: entry.correctionReason })}
              </Text>
            )}
          </Text>
        )}
        {correctedBy && (
          <Text size="sm" c={correctedBy.isRetraction ? 'red.8' : 'dimmed'}>
            {t(correctedBy.isRetraction ? 'history.retractedBy' : 'history.correctedBy', { date: formatDate(correctedBy.recordedAt) })}
            {' · '}
            <Anchor href={`#${entryAnchor(correctedBy.id)}`} size="sm">
              {t('history.showEntry')}
            </Anchor>
          </Text>
        )}
        <DataList size="sm" gap={4} labelWidth={140}>
          <DataList.Item>
            <DataList.ItemLabel>{t('history.effectiveDate')}</DataList.ItemLabel>
            <DataList.ItemValue>{value(formatDate(entry.effectiveDate))}</DataList.ItemValue>
          </DataList.Item>
          {entry.decisionNumber && (
            <DataList.Item>
              <DataList.ItemLabel>{t('history.decisionNumber')}</DataList.ItemLabel>
              <DataList.ItemValue>{value(entry.decisionNumber)}</DataList.ItemValue>
            </DataList.Item>
          )}
          {entry.headName && (
            <DataList.Item>
              <DataList.ItemLabel>{t('history.headName')}</DataList.ItemLabel>
              <DataList.ItemValue>{value(entry.headName)}</DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('history.headcount')}</DataList.ItemLabel>
            <DataList.ItemValue>{value(formatInteger(entry.headcount))}</DataList.ItemValue>
          </DataList.Item>
          {entry.note && (
            <DataList.Item>
              <DataList.ItemLabel>{t('history.note')}</DataList.ItemLabel>
              <DataList.ItemValue>{value(entry.note)}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
        <Text size="xs" c="dimmed">
          {t('history.recorded', { at: formatDateTime(entry.recordedAt), by: recordedBy })}
        </Text>
      </Stack>
    </Timeline.Item>
  );
}
