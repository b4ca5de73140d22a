import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { queryClient } from '@/app/query-client';
import { AppRouter } from '@/app/router';
import { featureTranslations } from '@/app/translations';
import { meQuery } from '@/lib/auth/me';
import { sessionStore } from '@/lib/auth/session';
import { initI18n, i18n } from '@/lib/i18n';
import './index.css';

initI18n(undefined, featureTranslations);

// Signed in already (a reload, a bookmark, a link): who the user is and the shell's own texts are asked for now,
// beside the screen's code, instead of after it has loaded and rendered (issue 19: round trips on a phone).
if (sessionStore.get()) {
  void queryClient.prefetchQuery(meQuery());
  void i18n.loadNamespaces(['notifications']);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
