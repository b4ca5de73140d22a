import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProblem } from '@/lib/api/problem';
import { i18n, useLanguage } from '@/lib/i18n';
import { theme } from '@/lib/theme';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network blips and 5xx get one more try.
        retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 1,
      },
    },
  });
}

function Localised({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }} key={language}>
      {children}
    </DatesProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
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
