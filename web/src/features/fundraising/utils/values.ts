import type { CampaignStatus } from '../api/list-campaigns';

/** Mantine's number inputs hold '' while empty. */
export const asNumber = (value: number | string): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const emptyToNull = (value: string): string | null => value.trim() || null;

export const statusColor: Record<CampaignStatus, string> = { Draft: 'gray', Open: 'teal', Closed: 'orange', Settled: 'blue' };

/** The public disclosure page's stable address. */
export const publicPath = (campaignId: string) => `/cong-khai/${campaignId}`;
