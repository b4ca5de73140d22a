import './mantine-styles';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, useLanguage } from '@/lib/i18n';
import { theme } from '@/lib/theme';
import { queryClient } from './query-client';

function Localised({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }} key={language}>
      {children}
    </DatesProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Localised>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </Localised>
      </MantineProvider>
    </I18nextProvider>
  );
}
