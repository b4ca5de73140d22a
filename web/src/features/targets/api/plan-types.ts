import type { Schemas } from '@/lib/api/client';

export type Plan = Schemas['PlanDto'];
export type PlanSummary = Schemas['PlanSummary'];
export type PlanTargetInput = Schemas['PlanTargetInput'];
export type PlannedActivityInput = Schemas['PlannedActivityInput'];
export type PlanFields = { summary?: string | null; targets: PlanTargetInput[]; activities: PlannedActivityInput[] };
