import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CasePage } from '@/features/cases/components/case-page';
import { CaseReferrals } from '@/features/referrals/components/case-referrals';

/** The case page, with the referrals feature's tab composed in. */
export function Component() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('referrals');
  return <CasePage caseId={caseId} extraTab={{ label: t('case.title'), render: (open) => <CaseReferrals caseId={caseId} open={open} /> }} />;
}
