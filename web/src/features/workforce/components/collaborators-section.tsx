import { Badge, Button, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { ApiProblem } from '@/lib/api/problem';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateCollaborator } from '../api/create-collaborator';
import { useCreateDepartment } from '../api/create-department';
import { useCollaborators } from '../api/list-collaborators';
import { useDepartments, type DepartmentKind } from '../api/list-departments';

const kinds: DepartmentKind[] = ['Clinical', 'NonClinical', 'ResidentialGroup'];

/** Departments with their collaborators: the target "a collaborator in every clinical department", department by department. */
export function CollaboratorsSection() {
  const { t } = useTranslation('workforce');
  const me = useSignedInUser();
  const departments = useDepartments();
  const collaborators = useCollaborators();
  const manages = can(me, 'workforce.manage');
  const [adding, setAdding] = useState<'department' | 'collaborator' | null>(null);

  if (departments.isPending || collaborators.isPending) return <Loading />;
  if (departments.isError) return <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  if (collaborators.isError) return <QueryError error={collaborators.error} onRetry={() => void collaborators.refetch()} />;
  const d = departments.data;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <SectionCard
        title={t('departments.title')}
        description={t('departments.coverage', { covered: d.clinicalWithCollaborator, total: d.clinicalDepartments })}
      >
        {manages && (
          <Button size="xs" variant="light" mb="sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding('department')}>
            {t('departments.add')}
          </Button>
        )}
        <Table aria-label={t('departments.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('departments.name')}</Table.Th>
              <Table.Th scope="col">{t('departments.kind')}</Table.Th>
              <Table.Th scope="col">{t('departments.collaborators')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{t(`departmentKinds.${item.kind}`)}</Table.Td>
                <Table.Td>
                  {item.kind === 'Clinical' && item.collaboratorCount === 0 ? (
                    <Badge color="orange" variant="light">
                      {t('departments.none')}
                    </Badge>
                  ) : (
                    item.collaboratorCount
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SectionCard>
      <SectionCard title={t('collaborators.title')} description={t('collaborators.count', { count: collaborators.data.length })}>
        {manages && (
          <Button size="xs" variant="light" mb="sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding('collaborator')}>
            {t('collaborators.add')}
          </Button>
        )}
        {collaborators.data.length === 0 ? (
          <Text c="dimmed">{t('collaborators.empty')}</Text>
        ) : (
          <Table aria-label={t('collaborators.title')}>
            <Table.Tbody>
              {collaborators.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.fullName}</Table.Td>
                  <Table.Td>{c.departmentName}</Table.Td>
                  <Table.Td>{c.phone}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <AddDepartmentModal opened={adding === 'department'} onClose={() => setAdding(null)} />
      <AddCollaboratorModal opened={adding === 'collaborator'} onClose={() => setAdding(null)} departments={d.items} />
    </SimpleGrid>
  );
}

function AddDepartmentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('workforce');
  const create = useCreateDepartment();
  const form = useForm({ initialValues: { name: '', kind: 'Clinical' as string | null }, validate: { name: (v) => (v.trim() ? null : t('departments.nameRequired')) } });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('departments.add')}
      failedTitle={t('departments.failed')}
      submitLabel={t('departments.add')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          { name: v.name.trim(), kind: v.kind as DepartmentKind },
          {
            onSuccess: () => dialog.close(),
            onError: (error) => {
              if (error instanceof ApiProblem && error.status === 409) form.setFieldError('name', t('departments.duplicate'));
              else dialog.setErrors(applyProblemToForm(form, error));
            },
          },
        ),
      )}
    >
      <TextInput label={t('departments.name')} required data-autofocus {...form.getInputProps('name')} />
      <Select label={t('departments.kind')} allowDeselect={false} data={kinds.map((value) => ({ value, label: t(`departmentKinds.${value}`) }))} {...form.getInputProps('kind')} />
    </FormModal>
  );
}

function AddCollaboratorModal({ opened, onClose, departments }: { opened: boolean; onClose: () => void; departments: { id: string; name: string }[] }) {
  const { t } = useTranslation('workforce');
  const create = useCreateCollaborator();
  const form = useForm({
    initialValues: { fullName: '', departmentId: null as string | null, phone: '' },
    validate: { fullName: (v) => (v.trim() ? null : t('staff.nameRequired')), departmentId: (v) => (v ? null : t('collaborators.departmentRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('collaborators.add')}
      failedTitle={t('collaborators.failed')}
      submitLabel={t('collaborators.add')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          { fullName: v.fullName.trim(), departmentId: v.departmentId!, phone: v.phone.trim() || null },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <TextInput label={t('staff.name')} required data-autofocus {...form.getInputProps('fullName')} />
      <Select label={t('collaborators.department')} required data={departments.map((x) => ({ value: x.id, label: x.name }))} {...form.getInputProps('departmentId')} />
      <Group grow>
        <TextInput label={t('collaborators.phone')} {...form.getInputProps('phone')} />
      </Group>
    </FormModal>
  );
}
