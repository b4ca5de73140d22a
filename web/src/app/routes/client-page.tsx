import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OpenCaseButton } from '@/features/cases/components/open-case-button';
import { ClientPage } from '@/features/clients/components/client-page';
import { can, useSignedInUser } from '@/lib/auth/me';

/** The client's page, with the cases feature's "open a case" composed in. */
export function Component() {
  const { clientId = '' } = useParams();
  const { t } = useTranslation('cases');
  const me = useSignedInUser();
  return (
    <ClientPage
      clientId={clientId}
      stageLabel={(stage) => t(`stage.${stage}`)}
      actions={can(me, 'clients.write') ? <OpenCaseButton clientId={clientId} /> : undefined}
    />
  );
}
