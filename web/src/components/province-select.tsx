import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '@/lib/reference-data/provinces';

/** A province picked from the ones the caller may see (loaded once it shows). Labelled "Province" unless told otherwise. */
export function ProvinceSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <Select
      label={t('pickers.province.label')}
      placeholder={t('pickers.province.placeholder')}
      nothingFoundMessage={t('pickers.province.nothingFound')}
      searchable
      {...props}
      data={(provinces.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}
