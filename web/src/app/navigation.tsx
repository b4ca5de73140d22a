import {
  IconApi,
  IconAward,
  IconBuildingHospital,
  IconCertificate,
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconTargetArrow,
  IconClipboardCheck,
  IconHeartHandshake,
  IconHome,
  IconFileReport,
  IconFileSpreadsheet,
  IconShieldCheck,
  IconInbox,
  IconMailbox,
  IconLayoutDashboard,
  IconSchool,
  IconSoup,
  IconSpeakerphone,
  IconTallymarks,
  IconUserHeart,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { can, type Me } from '@/lib/auth/me';

export type NavKey =
  | 'provinceDashboard'
  | 'provinceActivities'
  | 'provinceTargets'
  | 'provinceReports'
  | 'facilities'
  | 'facilityHome'
  | 'workLists'
  | 'clients'
  | 'referralInbox'
  | 'myFacility'
  | 'annualPlan'
  | 'fundraising'
  | 'reception'
  | 'communication'
  | 'charity'
  | 'workforce'
  | 'training'
  | 'reports'
  | 'supervision'
  | 'commendations'
  | 'users'
  | 'imports'
  | 'apiClients'
  | 'webhooks'
  | 'auditLog';

export type NavItem = { key: NavKey; path: string; icon: ReactNode; allowed: (me: Me) => boolean };

const worksInAFacility = (me: Me) => Boolean(me.facility?.id);
const readsAcrossFacilities = (me: Me) => !me.facility?.id && can(me, 'facilities.read') && can(me, 'kpis.read-province');

const icon = (Icon: typeof IconHome) => <Icon size={18} stroke={1.6} aria-hidden />;

/** The one place that says which role sees which screen; routes use the same predicates as the menu. */
export const navigation: NavItem[] = [
  { key: 'provinceDashboard', path: '/province', icon: icon(IconChartLine), allowed: (me) => can(me, 'kpis.read-province') },
  { key: 'provinceActivities', path: '/province/activities', icon: icon(IconChartBar), allowed: (me) => can(me, 'activities.read-province') },
  { key: 'provinceTargets', path: '/province/targets', icon: icon(IconTargetArrow), allowed: (me) => can(me, 'targets.manage') },
  { key: 'provinceReports', path: '/province/reports', icon: icon(IconMailbox), allowed: (me) => can(me, 'reports.review') },
  { key: 'facilities', path: '/facilities', icon: icon(IconBuildingHospital), allowed: readsAcrossFacilities },
  { key: 'facilityHome', path: '/home', icon: icon(IconLayoutDashboard), allowed: worksInAFacility },
  { key: 'workLists', path: '/work', icon: icon(IconChecklist), allowed: (me) => can(me, 'cases.work') },
  { key: 'clients', path: '/clients', icon: icon(IconUserHeart), allowed: (me) => can(me, 'clients.read') },
  { key: 'referralInbox', path: '/referrals', icon: icon(IconInbox), allowed: (me) => can(me, 'cases.read-facility') },
  { key: 'myFacility', path: '/my-facility', icon: icon(IconHome), allowed: worksInAFacility },
  { key: 'annualPlan', path: '/plans', icon: icon(IconTargetArrow), allowed: (me) => worksInAFacility(me) && can(me, 'plans.read') },
  { key: 'fundraising', path: '/fundraising', icon: icon(IconHeartHandshake), allowed: (me) => worksInAFacility(me) && can(me, 'fundraising.read') },
  { key: 'reception', path: '/reception', icon: icon(IconTallymarks), allowed: (me) => worksInAFacility(me) && can(me, 'reception.record') },
  { key: 'communication', path: '/communication', icon: icon(IconSpeakerphone), allowed: (me) => can(me, 'activities.read') },
  { key: 'charity', path: '/charity', icon: icon(IconSoup), allowed: (me) => can(me, 'activities.read') },
  { key: 'workforce', path: '/workforce', icon: icon(IconCertificate), allowed: (me) => can(me, 'activities.read') },
  { key: 'training', path: '/training', icon: icon(IconSchool), allowed: (me) => can(me, 'activities.read') },
  { key: 'reports', path: '/reports', icon: icon(IconFileReport), allowed: (me) => can(me, 'reports.read') },
  { key: 'supervision', path: '/supervision', icon: icon(IconClipboardCheck), allowed: (me) => can(me, 'supervision.read') },
  { key: 'commendations', path: '/commendations', icon: icon(IconAward), allowed: (me) => can(me, 'commendations.read') },
  { key: 'users', path: '/users', icon: icon(IconUsers), allowed: (me) => can(me, 'users.manage') },
  // Every import kind a role may run, on one screen (a province officer's facilities and accounts, a facility admin's registers).
  {
    key: 'imports',
    path: '/imports',
    icon: icon(IconFileSpreadsheet),
    allowed: (me) => (['imports.facilities', 'imports.clients', 'imports.workforce', 'imports.donors', 'imports.users'] as const).some((p) => can(me, p)),
  },
  { key: 'apiClients', path: '/api-clients', icon: icon(IconApi), allowed: (me) => can(me, 'api-clients.manage') },
  { key: 'webhooks', path: '/webhooks', icon: icon(IconWebhook), allowed: (me) => can(me, 'webhooks.manage') },
  // The unit head reads the facility's log, the platform admin the platform's (same screen).
  { key: 'auditLog', path: '/audit', icon: icon(IconShieldCheck), allowed: (me) => can(me, 'audit.read') || can(me, 'audit.read-platform') },
];

export function navigationFor(me: Me): NavItem[] {
  return navigation.filter((item) => item.allowed(me));
}

export function navItem(key: NavKey): NavItem {
  return navigation.find((item) => item.key === key)!;
}
