import { Select, SimpleGrid, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlaceCommune, usePlaceCommunes, usePlaceProvinces } from '@/lib/reference-data/places';
import { foldVietnamese } from '@/lib/text';

export type CommuneChoice = { provinceCode: string | null; communeCode: string | null };

/** Matches typed text against the options without accents or case. */
const withoutAccents: OptionsFilter = ({ options, search }) => {
  const folded = foldVietnamese(search);
  return (options as ComboboxItem[]).filter((o) => foldVietnamese(o.label).includes(folded));
};

/**
 * Province → commune/ward from the official 2025 list (statistics office codes); typing without accents finds
 * them ("ham rong" → "Phường Hàm Rồng"). The street and house number stay a free-text field of the form.
 */
export function CommunePicker({ value, onChange, testId = 'commune-picker' }: { value: CommuneChoice; onChange: (next: CommuneChoice) => void; testId?: string }) {
  const { t } = useTranslation();
  const provinces = usePlaceProvinces();
  const communes = usePlaceCommunes(value.provinceCode);
  // A record read with only its commune code: its province comes from the commune.
  const known = usePlaceCommune(value.provinceCode ? null : value.communeCode);
  useEffect(() => {
    if (known.data && !value.provinceCode) onChange({ provinceCode: known.data.provinceCode, communeCode: known.data.code });
  }, [known.data, value.provinceCode, onChange]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('places.province')}
        searchable
        clearable
        filter={withoutAccents}
        data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
        value={value.provinceCode}
        onChange={(provinceCode) => onChange({ provinceCode, communeCode: null })}
        data-testid={`${testId}-province`}
      />
      <Select
        label={t('places.commune')}
        searchable
        clearable
        disabled={!value.provinceCode}
        filter={withoutAccents}
        limit={50}
        nothingFoundMessage={t('places.none')}
        data={(communes.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        value={value.communeCode}
        onChange={(communeCode) => onChange({ ...value, communeCode })}
        data-testid={`${testId}-commune`}
      />
    </SimpleGrid>
  );
}
