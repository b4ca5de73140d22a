import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyMember, type TeamValues } from './team';

/** The visiting team: one row per member (name, title), at least one. */
export function TeamFields<T extends TeamValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation('supervision');
  const team = form.getValues().team;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('form.team')}
      </Text>
      {team.map((_, index) => (
        <Group key={form.key(`team.${index}`)} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${t('form.memberName')} ${index + 1}`}
            placeholder={t('form.memberName')}
            required
            {...form.getInputProps(`team.${index}.name`)}
            key={form.key(`team.${index}.name`)}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${t('form.memberTitle')} ${index + 1}`}
            placeholder={t('form.memberTitle')}
            {...form.getInputProps(`team.${index}.title`)}
            key={form.key(`team.${index}.title`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            disabled={team.length === 1}
            aria-label={t('form.removeMember', { index: index + 1 })}
            onClick={() => form.removeListItem('team', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('team', emptyMember() as never)}>
          {t('form.addMember')}
        </Button>
      </Group>
    </Stack>
  );
}
