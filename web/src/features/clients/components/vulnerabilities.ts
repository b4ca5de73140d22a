import type { Vulnerability } from '../api/list-clients';

export const vulnerabilities: Vulnerability[] = [
  'ChildOrphaned',
  'ChildAbandoned',
  'ChildWithHiv',
  'ChildAgentOrangeVictim',
  'ChildSeverelyDisabled',
  'ChildDisasterAffected',
  'Disability',
  'Elderly',
  'ViolenceAbuseTraffickingVictim',
  'MentalDisorder',
  'SeriousIllness',
  'Hardship',
  'UnidentifiedOrWithoutRelatives',
];
