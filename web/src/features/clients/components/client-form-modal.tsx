import { Alert, Button, Group, List, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommunePicker, type CommuneChoice } from '@/components/commune-picker';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { likelyDuplicates, useCreateClient, type ClientMatch, type CreateClientInput } from '../api/create-client';
import type { ClientDetail } from '../api/get-client';
import type { Vulnerability } from '../api/list-clients';
import { useUpdateClient } from '../api/update-client';
import { vulnerabilities } from './vulnerabilities';

type Values = {
  fullName: string;
  birthYear: number | string;
  sex: CreateClientInput['sex'];
  nationalId: string;
  insuranceNumber: string;
  patientId: string;
  province: string;
  communeWard: string;
  place: CommuneChoice;
  addressDetail: string;
  phone: string;
  guardianContact: string;
  householdSituation: string;
  vulnerabilities: Vulnerability[];
};

const initialValues: Values = {
  fullName: '', birthYear: '', sex: 'Unknown', nationalId: '', insuranceNumber: '', patientId: '', province: '', communeWard: '', place: { provinceCode: null, communeCode: null },
  addressDetail: '', phone: '', guardianContact: '', householdSituation: '', vulnerabilities: [],
};

const orNull = (value: string) => (value.trim() ? value.trim() : null);
/** The id the API gives a likely duplicate the worker may not see (a client of a sensitive case): no page to open. */
const confidentialMatchId = '00000000-0000-0000-0000-000000000000';

const valuesOf = (c: ClientDetail): Values => ({
  fullName: c.fullName, birthYear: c.birthYear ?? '', sex: c.sex, nationalId: c.nationalId ?? '', insuranceNumber: c.insuranceNumber ?? '',
  patientId: c.patientId ?? '', province: c.province ?? '', communeWard: c.communeWard ?? '',
  place: { provinceCode: null, communeCode: c.communeCode ?? null }, addressDetail: c.addressDetail ?? '',
  phone: c.phone ?? '', guardianContact: c.guardianContact ?? '', householdSituation: c.householdSituation ?? '', vulnerabilities: c.vulnerabilities,
});

/**
 * Registers a client, or corrects one when `client` is given. When the API finds likely duplicates
 * (409), the dialog lists them: the user opens the existing client or confirms that this is someone
 * else ("create anyway" / "save anyway", which the API records).
 */
export function ClientFormModal({ client, opened, onClose, onSaved, onOpenExisting }: {
  client?: ClientDetail;
  opened: boolean;
  onClose: () => void;
  onSaved: (client: ClientDetail) => void;
  onOpenExisting: (clientId: string) => void;
}) {
  const { t } = useTranslation('clients');
  const create = useCreateClient();
  const update = useUpdateClient(client?.id ?? '');
  const mutation = client ? update : create;
  const [matches, setMatches] = useState<ClientMatch[] | null>(null);
  // The same CCCD, insurance number or patient ID is the same person: no "create anyway", only "open this client".
  const sameIdentifier = matches?.some((match) => match.matchedOn.some((reason) => reason !== 'nameAndBirthYear')) ?? false;
  const form = useForm<Values>({
    initialValues,
    validate: { fullName: (value) => (value.trim() ? null : t('form.fullNameRequired')) },
  });
  const dialog = useFormDialog({ form, mutation, onClose: () => { setMatches(null); onClose(); } });
  const onPlace = useCallback((place: CommuneChoice) => form.setFieldValue('place', place), [form]);
  // An edit starts from the record as last read; `form` is stable, so only a new record or reopening resets it.
  useEffect(() => {
    if (opened && client) {
      form.setValues(valuesOf(client));
      form.resetDirty(valuesOf(client));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, client]);

  const send = (values: Values, despiteMatches: boolean) => {
    dialog.setErrors([]);
    const fields = {
      fullName: values.fullName.trim(),
      birthYear: values.birthYear === '' ? null : Number(values.birthYear),
      dateOfBirth: client?.dateOfBirth ?? null,
      sex: values.sex,
      nationalId: orNull(values.nationalId),
      insuranceNumber: orNull(values.insuranceNumber),
      patientId: orNull(values.patientId),
      province: orNull(values.province),
      communeWard: orNull(values.communeWard),
      // With a commune from the official list, the API names the commune and province from it.
      communeCode: values.place.communeCode,
      addressDetail: orNull(values.addressDetail),
      phone: orNull(values.phone),
      guardianContact: orNull(values.guardianContact),
      householdSituation: orNull(values.householdSituation),
      vulnerabilities: values.vulnerabilities,
    };
    const handlers = {
      onSuccess: (saved: ClientDetail) => {
        form.reset();
        setMatches(null);
        onSaved(saved);
      },
      onError: (error: Error) => {
        const found = likelyDuplicates(error);
        if (found) setMatches(found);
        else dialog.setErrors(applyProblemToForm(form, error));
      },
    };
    if (client) update.mutate({ ...fields, version: client.version, saveAnyway: despiteMatches }, handlers);
    else create.mutate({ ...fields, createAnyway: despiteMatches }, handlers);
  };

  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={client ? t('form.editTitle') : t('form.title')}
      failedTitle={client ? t('form.editFailed') : t('form.failed')}
      submitLabel={t('form.submit')}
      onSubmit={form.onSubmit((values) => send(values, false))}
    >
      {matches ? (
        <Alert
          color={sameIdentifier ? 'red' : 'yellow'}
          title={sameIdentifier ? t('duplicates.sameIdentifierTitle') : t('duplicates.title')}
          data-testid="duplicate-prompt"
        >
          <Stack gap="sm">
            <Text size="sm">{sameIdentifier ? t('duplicates.sameIdentifierText') : t('duplicates.text')}</Text>
            <List spacing="xs">
              {matches.map((match, index) => (
                <List.Item key={`${match.id}-${index}`}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {match.fullName}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {[match.birthYear, match.nationalIdMasked, match.patientId].filter(Boolean).join(' · ')} —{' '}
                      {match.matchedOn.map((reason) => t(`duplicates.matchedOn.${reason}`)).join(', ')}
                    </Text>
                    {/* A confidential client (a sensitive case the worker may not see) comes without an id: only the unit head resolves it. */}
                    {match.id !== confidentialMatchId && (
                      <Button
                        size="xs"
                        variant="filled"
                        data-testid="open-existing"
                        onClick={() => { setMatches(null); form.reset(); onOpenExisting(match.id); }}
                      >
                        {t('duplicates.openExisting')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
            <Group>
              {!sameIdentifier && (
                <Button variant="default" onClick={() => send(form.getValues(), true)} loading={mutation.isPending} data-testid="create-anyway">
                  {client ? t('duplicates.saveAnyway') : t('duplicates.createAnyway')}
                </Button>
              )}
              <Button variant="subtle" onClick={() => setMatches(null)}>
                {t('duplicates.back')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <TextInput label={t('form.fullName')} required maxLength={200} {...form.getInputProps('fullName')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={t('form.birthYear')} min={1900} max={new Date().getFullYear()} allowDecimal={false} {...form.getInputProps('birthYear')} />
        <Select
          label={t('form.sex')}
          data={(['Unknown', 'Male', 'Female'] as const).map((value) => ({ value, label: t(`sex.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('sex')}
        />
        <TextInput label={t('form.phone')} maxLength={20} {...form.getInputProps('phone')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('form.nationalId')} maxLength={12} inputMode="numeric" {...form.getInputProps('nationalId')} />
        <TextInput label={t('form.insuranceNumber')} maxLength={20} {...form.getInputProps('insuranceNumber')} />
        <TextInput label={t('form.patientId')} maxLength={50} {...form.getInputProps('patientId')} />
      </SimpleGrid>
      <CommunePicker value={form.values.place} onChange={onPlace} testId="client-place" />
      <TextInput label={t('form.addressDetail')} maxLength={500} {...form.getInputProps('addressDetail')} />
      <TextInput label={t('form.guardianContact')} maxLength={500} {...form.getInputProps('guardianContact')} />
      <Textarea label={t('form.householdSituation')} maxLength={2000} rows={2} {...form.getInputProps('householdSituation')} />
      <MultiSelect
        label={t('form.vulnerabilities')}
        data={vulnerabilities.map((value) => ({ value, label: t(`vulnerability.${value}`) }))}
        searchable
        {...form.getInputProps('vulnerabilities')}
      />
    </FormModal>
  );
}
