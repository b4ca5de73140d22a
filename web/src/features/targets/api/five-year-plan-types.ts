import type { Schemas } from '@/lib/api/client';

export type FiveYearPlan = Schemas['FiveYearPlanDto'];
export type FiveYearPlanSummary = Schemas['FiveYearPlanSummary'];
export type FiveYearTargetInput = Schemas['FiveYearTargetInput'];
export type FiveYearTargetsOfYear = Schemas['FiveYearTargetsOfYear'];
export type FiveYearPlanFields = {
  generalGoal: string | null;
  specificObjectives: string | null;
  solutions: string | null;
  recommendations: string | null;
  targets: FiveYearTargetInput[];
};
