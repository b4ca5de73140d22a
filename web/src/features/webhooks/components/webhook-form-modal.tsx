import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { ApiProblem } from '@/lib/api/problem';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateWebhookSubscription, type CreatedWebhookSubscription } from '../api/create-webhook-subscription';
import type { WebhookSubscription } from '../api/list-webhook-subscriptions';
import { useUpdateWebhookSubscription } from '../api/update-webhook-subscription';
import { webhookEventTypes } from '../api/webhook-event-types';
import { eventTypeHint, eventTypeLabel } from './webhook-labels';

type Values = { url: string; eventTypes: string[]; description: string };

const emptyValues: Values = { url: '', eventTypes: [], description: '' };

function isHttpUrl(value: string) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The API reports a bad event type as "eventTypes[0]": put it on the event group. */
function forThisForm(error: unknown): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.errors)) {
    const target = /^eventTypes\[\d+\]$/i.test(key) ? 'eventTypes' : key;
    (errors[target] ??= []).push(...messages);
  }
  return new ApiProblem(error.status, { ...error.body, errors });
}

/** Adds a subscription (then its secret is shown once), or edits one's URL, events and note. */
export function WebhookFormModal({
  editing,
  opened,
  onClose,
  onCreated,
  onSaved,
}: {
  /** The subscription to edit; null to add one. */
  editing: WebhookSubscription | null;
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedWebhookSubscription) => void;
  onSaved: (saved: WebhookSubscription) => void;
}) {
  const { t } = useTranslation('webhooks');
  const create = useCreateWebhookSubscription();
  const update = useUpdateWebhookSubscription();
  const mutation = editing ? update : create;

  const form = useForm<Values>({
    initialValues: emptyValues,
    validate: {
      url: (value) =>
        !value.trim() ? t('form.errors.urlRequired') : value.trim().length > 500 ? t('form.errors.urlTooLong') : !isHttpUrl(value.trim()) ? t('form.errors.urlInvalid') : null,
      eventTypes: (value) => (value.length > 0 ? null : t('form.errors.eventsRequired')),
      description: (value) => (value.trim().length > 200 ? t('form.errors.descriptionTooLong') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation, onClose });

  // Editing starts from the subscription as read; adding from an empty form.
  const editingId = editing?.id;
  useEffect(() => {
    if (!opened) return;
    const values = editing ? { url: editing.url, eventTypes: [...editing.eventTypes], description: editing.description ?? '' } : emptyValues;
    form.setValues(values);
    form.resetDirty(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when another subscription is opened
  }, [opened, editingId]);

  const submit = (values: Values) => {
    dialog.setErrors([]);
    const body = {
      url: values.url.trim(),
      // In the catalogue's order, whatever order they were ticked in.
      eventTypes: webhookEventTypes.filter((type) => values.eventTypes.includes(type)),
      description: values.description.trim() || null,
    };
    const onError = (error: unknown) => dialog.setErrors(applyProblemToForm(form, forThisForm(error)));
    if (editing) {
      update.mutate(
        { subscriptionId: editing.id, ...body, version: editing.version },
        {
          onSuccess: (saved) => {
            form.reset();
            update.reset();
            onSaved(saved);
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          form.reset();
          // The secret lives in the next dialog only: forget the mutation's copy of it.
          create.reset();
          onCreated(created);
        },
        onError,
      });
    }
  };

  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t(editing ? 'form.editTitle' : 'form.createTitle')}
      failedTitle={t(editing ? 'form.editFailed' : 'form.createFailed')}
      submitLabel={t(editing ? 'form.editSubmit' : 'form.createSubmit')}
      onSubmit={form.onSubmit(submit)}
    >
      <TextInput label={t('form.url')} description={t('form.urlHint')} placeholder={t('form.urlPlaceholder')} required type="url" {...form.getInputProps('url')} />
      <Checkbox.Group label={t('form.events')} description={t('form.eventsHint')} required {...form.getInputProps('eventTypes')}>
        <Stack gap="xs" mt="xs">
          {webhookEventTypes.map((type) => (
            <Checkbox key={type} value={type} label={eventTypeLabel(t, type)} description={eventTypeHint(t, type)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput label={t('form.description')} placeholder={t('form.descriptionPlaceholder')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
