import { Alert, Button, Card, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { formatDate, todayIso } from '@/lib/format';
import { useAddAssessment, type AddAssessmentInput } from '../api/add-assessment';
import type { CaseDetail } from '../api/get-case';
import { riskLevels } from './case-options';
import { DateField } from '@/components/date-field';

type Values = Omit<AddAssessmentInput, 'health' | 'psychological' | 'familyAndEconomic' | 'legal' | 'risks'> &
  Record<'health' | 'psychological' | 'familyAndEconomic' | 'legal' | 'risks', string>;

const areas = ['health', 'psychological', 'familyAndEconomic', 'legal', 'risks'] as const;

export function AssessmentsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const add = useAddAssessment(c.id);
  const form = useForm<Values>({
    // The risk starts at the case's current level: a new assessment changes it only when the worker picks another level.
    initialValues: { assessedOn: todayIso(), riskLevel: c.riskLevel, health: '', psychological: '', familyAndEconomic: '', legal: '', risks: '' },
  });
  const riskChanges = form.values.riskLevel !== c.riskLevel;
  return (
    <Stack gap="md">
      {c.assessments.length === 0 && <Text c="dimmed">{t('assessment.empty')}</Text>}
      {c.assessments.map((a) => (
        <Card key={a.id} withBorder>
          <Text fw={600} size="sm">
            {formatDate(a.assessedOn)} · {t(`risk.${a.riskLevel}`)} {a.recordedByName ? `· ${a.recordedByName}` : ''}
          </Text>
          {areas.map((area) => a[area] && (
            <Text key={area} size="sm">
              <b>{t(`assessment.${area}`)}:</b> {a[area]}
            </Text>
          ))}
        </Card>
      ))}
      {c.stage !== 'Closed' && (
        <form
          onSubmit={form.onSubmit((values) =>
            add.mutate(
              { ...values, ...Object.fromEntries(areas.map((area) => [area, values[area].trim() || null])) },
              {
                onSuccess: (saved) => {
                  form.setInitialValues({ ...form.values, ...Object.fromEntries(areas.map((area) => [area, ''])), riskLevel: saved.riskLevel });
                  form.reset();
                },
              },
            ),
          )}
        >
          <Stack gap="xs">
            <Text fw={600}>{t('assessment.add')}</Text>
            <ErrorBanner title={t('assessment.failed')} messages={add.error ? [add.error.message] : []} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label={t('assessment.date')}
                value={form.values.assessedOn}
                onChange={(value) => form.setFieldValue('assessedOn', value ?? todayIso())}
              />
              <Select label={t('assessment.riskLevel')} data={riskLevels.map((v) => ({ value: v, label: t(`risk.${v}`) }))} allowDeselect={false} {...form.getInputProps('riskLevel')} />
            </SimpleGrid>
            {riskChanges && (
              <Alert color="yellow" data-testid="risk-change">
                {t('assessment.riskChange', { from: t(`risk.${c.riskLevel}`), to: t(`risk.${form.values.riskLevel}`) })}
              </Alert>
            )}
            {areas.map((area) => (
              <Textarea key={area} label={t(`assessment.${area}`)} rows={1} maxLength={4000} {...form.getInputProps(area)} />
            ))}
            <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('assessment.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
