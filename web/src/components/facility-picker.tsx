import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFacilityOptions } from '@/lib/reference-data/facilities';

type FacilityPickerProps = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'onChange'> & {
  onChange: (value: string | null) => void;
};

/**
 * A facility chosen by typing part of its name or code; the API searches (accents ignored), 20 at a time.
 * Labelled "Facility" unless told otherwise.
 */
export function FacilityPicker({ onChange, ...props }: FacilityPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ComboboxItem | null>(null);
  // Once a facility is picked the box shows its label: list the first facilities again, not a search for that label.
  const typed = selected && search === selected.label ? '' : search.trim();
  const [query] = useDebouncedValue(typed, 300);
  const options = useFacilityOptions(query);

  const data = useMemo(() => {
    const items: ComboboxItem[] = (options.data ?? []).map((f) => ({ value: f.id, label: `${f.name} (${f.code})` }));
    if (selected && !items.some((item) => item.value === selected.value)) items.unshift(selected);
    return items;
  }, [options.data, selected]);

  return (
    <Select
      label={t('pickers.facility.label')}
      placeholder={t('pickers.facility.placeholder')}
      nothingFoundMessage={t('pickers.facility.nothingFound')}
      {...props}
      searchable
      clearable
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched the search (without accents); filtering again here would hide "Thanh Hóa" for "thanh hoa".
      filter={({ options: items }) => items}
      onChange={(value, option) => {
        setSelected(option);
        onChange(value);
      }}
    />
  );
}
