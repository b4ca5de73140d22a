import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/forms';
import { useAreaScreening, type AreaScreening } from '../api/get-area-screening';
import { useSaveAreaScreening } from '../api/save-area-screening';

/**
 * The ward station's screening of its area for a year (rà soát): the children in special circumstances and the people
 * in hardship it counted, which the ward plan's shares are computed against. Only the station knows them.
 */
export function AreaScreeningCard({ year, editable }: { year: number; editable: boolean }) {
  const { t } = useTranslation('targets');
  const screening = useAreaScreening(year);
  return (
    <SectionCard title={t('screening.title', { year })} description={t('screening.description')}>
      {screening.isPending ? (
        <Loading />
      ) : screening.isError ? (
        <QueryError error={screening.error} onRetry={() => void screening.refetch()} />
      ) : (
        <ScreeningForm key={screening.data.version ?? 'new'} screening={screening.data} editable={editable} />
      )}
    </SectionCard>
  );
}

function ScreeningForm({ screening, editable }: { screening: AreaScreening; editable: boolean }) {
  const { t } = useTranslation('targets');
  const save = useSaveAreaScreening();
  const form = useForm({
    initialValues: {
      childrenInSpecialCircumstances: (screening.childrenInSpecialCircumstances ?? '') as number | string,
      peopleInHardship: (screening.peopleInHardship ?? '') as number | string,
    },
    validate: { childrenInSpecialCircumstances: (v) => (v === '' ? t('screening.childrenRequired') : null) },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            year: screening.year,
            childrenInSpecialCircumstances: Number(v.childrenInSpecialCircumstances),
            peopleInHardship: v.peopleInHardship === '' ? null : Number(v.peopleInHardship),
            version: screening.version ?? null,
          },
          { onError: (error) => applyProblemToForm(form, error) },
        ),
      )}
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NumberInput
            label={t('screening.children')}
            description={t('screening.childrenHint')}
            min={0}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            disabled={!editable}
            {...form.getInputProps('childrenInSpecialCircumstances')}
          />
          <NumberInput
            label={t('screening.hardship')}
            description={t('screening.hardshipHint')}
            min={0}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            disabled={!editable}
            {...form.getInputProps('peopleInHardship')}
          />
        </Group>
        {save.isError && (
          <Alert color="red" title={t('screening.failed')}>
            {save.error.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed" data-testid="screening-updated">
            {screening.updatedAt ? t('screening.updatedAt', { time: formatDateTime(screening.updatedAt) }) : t('screening.notYet')}
          </Text>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t('screening.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
