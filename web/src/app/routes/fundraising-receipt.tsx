import { useParams } from 'react-router';
import { ReceiptPrint } from '@/features/fundraising/components/receipt-print';
import { useSignedInUser } from '@/lib/auth/me';

/** Printed from inside the portal: the print stylesheet leaves only the receipt on paper. */
const printOnlyTheReceipt =
  '@media print { .mantine-AppShell-header, .mantine-AppShell-navbar, .skip-link { display: none !important } .mantine-AppShell-main { padding: 0 !important; background: #fff !important } }';

export function Component() {
  const { campaignId = '', entryId = '' } = useParams();
  const me = useSignedInUser();
  return (
    <>
      <style>{printOnlyTheReceipt}</style>
      <ReceiptPrint campaignId={campaignId} entryId={entryId} facilityName={me.facility?.name ?? ''} />
    </>
  );
}
