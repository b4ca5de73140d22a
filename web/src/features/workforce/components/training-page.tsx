import { Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { QueryTable } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger } from '@/lib/format';
import { useTrainingFigures } from '../api/get-training-figures';
import { useCourses, type TrainingCourse } from '../api/list-courses';
import { useTrainingSettings, useUpdateTrainingSettings } from '../api/training-settings';
import { CreateCourseModal } from './create-course-modal';
import { ParticipantsModal } from './participants-modal';
import { TrainingSharesCard } from './training-shares-card';

/** Courses, workshops and study visits; the year's shares; hours per person against the unit's threshold. */
export function TrainingPage() {
  const { t } = useTranslation('workforce');
  const me = useSignedInUser();
  const courses = useCourses();
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<TrainingCourse | null>(null);
  const records = can(me, 'activities.manage');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('training.title')}
        subtitle={t('training.subtitle')}
        actions={
          records && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('training.add')}
            </Button>
          )
        }
      />
      <TrainingSharesCard />
      <QueryTable
        query={courses}
        label={t('training.courses')}
        minWidth={760}
        columns={[t('training.courseTitle'), t('training.type'), t('training.organiser'), t('training.dates'), t('training.hours'), t('training.participants')]}
        actionsLabel={t('training.actions')}
        empty={t('training.empty')}
        row={(course) => (
          <Table.Tr key={course.id} data-testid="course-row">
            <Table.Td>{course.title}</Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`trainingTypes.${course.type}`)}</Badge>
            </Table.Td>
            <Table.Td>{course.organiser}</Table.Td>
            <Table.Td>
              {formatDate(course.startsOn)}
              {course.endsOn !== course.startsOn ? ` – ${formatDate(course.endsOn)}` : ''}
            </Table.Td>
            <Table.Td>{course.hours}</Table.Td>
            <Table.Td>{formatInteger(course.participants)}</Table.Td>
            <Table.Td>
              {records && (
                <Button size="xs" variant="subtle" leftSection={<IconUsersPlus size={14} aria-hidden />} aria-label={t('participants.title', { course: course.title })} onClick={() => setAdding(course)}>
                  {t('participants.add')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <HoursSection />
      <CreateCourseModal opened={creating} onClose={() => setCreating(false)} onCreated={(course) => setAdding(course)} />
      <ParticipantsModal course={adding} onClose={() => setAdding(null)} />
    </Stack>
  );
}

/** Continuing-education hours per person this year, the people below the unit's threshold first; the unit head sets the threshold. */
function HoursSection() {
  const { t } = useTranslation('workforce');
  const me = useSignedInUser();
  const figures = useTrainingFigures();
  const settings = useTrainingSettings();
  const update = useUpdateTrainingSettings();
  const [threshold, setThreshold] = useState<number | string>('');
  if (!figures.data) return null;
  return (
    <SectionCard title={t('hours.title')} description={t('hours.description', { threshold: figures.data.yearlyHoursThreshold })}>
      {can(me, 'workforce.manage') && settings.data && (
        <Group align="flex-end" mb="sm">
          <NumberInput
            label={t('hours.threshold')}
            min={0}
            max={500}
            w={200}
            value={threshold === '' ? settings.data.yearlyHoursThreshold : threshold}
            onChange={setThreshold}
          />
          <Button
            variant="light"
            loading={update.isPending}
            onClick={() => update.mutate({ yearlyHoursThreshold: Number(threshold === '' ? settings.data.yearlyHoursThreshold : threshold), version: settings.data.version })}
          >
            {t('hours.save')}
          </Button>
        </Group>
      )}
      <Table aria-label={t('hours.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staff.name')}</Table.Th>
            <Table.Th scope="col">{t('hours.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('training.hours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.data.hours.map((p) => (
            <Table.Tr key={p.personId}>
              <Table.Td>{p.fullName}</Table.Td>
              <Table.Td>{t(`participantKinds.${p.kind}`)}</Table.Td>
              <Table.Td ta="right">
                {p.belowThreshold ? (
                  <Text span c="orange.8" fw={600}>
                    {p.hours} · {t('hours.below')}
                  </Text>
                ) : (
                  p.hours
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
