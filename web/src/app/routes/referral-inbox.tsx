import { ReferralInboxPage } from '@/features/referrals/components/referral-inbox-page';

export function Component() {
  return <ReferralInboxPage />;
}
