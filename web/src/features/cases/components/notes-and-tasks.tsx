import { Badge, Button, Card, Checkbox, Group, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { formatDate, formatDateTime } from '@/lib/format';
import { useAddCaseNote } from '../api/add-case-note';
import { useAddFollowUpTask } from '../api/add-follow-up-task';
import { useCompleteFollowUpTask } from '../api/complete-follow-up-task';
import type { CaseDetail } from '../api/get-case';
import { DateField } from '@/components/date-field';

export function NotesTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const add = useAddCaseNote(c.id);
  const [text, setText] = useState('');
  return (
    <Stack gap="md">
      <ErrorBanner title={t('notes.failed')} messages={add.error ? [add.error.message] : []} />
      <Textarea label={t('notes.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} rows={2} maxLength={8000} />
      <Button style={{ alignSelf: 'flex-start' }} disabled={!text.trim()} loading={add.isPending} onClick={() => add.mutate({ text: text.trim() }, { onSuccess: () => setText('') })}>
        {t('notes.add')}
      </Button>
      {c.notes.length === 0 && <Text c="dimmed">{t('notes.empty')}</Text>}
      {c.notes.map((n) => (
        <Card key={n.id} withBorder>
          <Text size="xs" c="dimmed">
            {formatDateTime(n.at)} {n.byName ?? ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.text}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

export function TasksTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const add = useAddFollowUpTask(c.id);
  const complete = useCompleteFollowUpTask(c.id);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const errors = [add, complete].map((m) => m.error?.message).filter((m): m is string => Boolean(m));
  const missing = !title.trim() && !dueOn ? t('tasks.needBoth') : !title.trim() ? t('tasks.needTitle') : !dueOn ? t('tasks.needDue') : null;
  return (
    <Stack gap="md">
      <ErrorBanner title={t('tasks.failed')} messages={errors} />
      {c.tasks.length === 0 && <Text c="dimmed">{t('tasks.empty')}</Text>}
      {c.tasks.map((task) => (
        <Group key={task.id} gap="sm">
          <Checkbox
            checked={Boolean(task.doneAt)}
            disabled={Boolean(task.doneAt)}
            onChange={() => complete.mutate(task.id)}
            label={`${task.title} — ${t('tasks.due')} ${formatDate(task.dueOn)}${task.assigneeName ? ` · ${task.assigneeName}` : ''}`}
          />
          {task.doneAt && <Badge color="teal" variant="light">{t('tasks.doneAt', { date: formatDate(task.doneAt) })}</Badge>}
          {!task.doneAt && task.overdueSince && <Badge color="red">{t('tasks.overdue')}</Badge>}
        </Group>
      ))}
      {c.stage !== 'Closed' && (
        <Group align="flex-end">
          <TextInput label={t('tasks.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={500} />
          <DateField label={t('tasks.due')} value={dueOn} onChange={setDueOn} />
          {/* A disabled button says nothing by itself: name what is missing, beside it and on hover. */}
          <Tooltip label={missing} disabled={!missing}>
            <span>
              <Button
                disabled={Boolean(missing)}
                loading={add.isPending}
                onClick={() => add.mutate({ title: title.trim(), dueOn: dueOn!, assigneeId: null }, { onSuccess: () => { setTitle(''); setDueOn(null); } })}
                aria-describedby={missing ? 'task-missing' : undefined}
                data-testid="add-task"
              >
                {t('tasks.add')}
              </Button>
            </span>
          </Tooltip>
          {missing && (
            <Text size="sm" c="dimmed" id="task-missing" data-testid="add-task-missing">
              {missing}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
