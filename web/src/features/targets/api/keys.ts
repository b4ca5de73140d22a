/** Query keys of the targets feature: a mutation invalidates the whole feature's reads. */
export const targetKeys = {
  all: ['targets'] as const,
  provinceProgress: (provinceId: string, asOf: string) => ['targets', 'province-progress', provinceId, asOf] as const,
  facilityProgress: (facilityId: string, asOf: string, trend: boolean) => ['targets', 'facility-progress', facilityId, asOf, trend] as const,
  indicators: (year: number) => ['targets', 'indicators', year] as const,
  targets: (provinceId: string, year: number) => ['targets', 'list', provinceId, year] as const,
  plans: ['targets', 'plans'] as const,
  areaScreening: (year: number) => ['targets', 'area-screening', year] as const,
  plan: (planId: string) => ['targets', 'plans', planId] as const,
  provincePlans: (provinceId: string, year: number) => ['targets', 'province-plans', provinceId, year] as const,
  fiveYearPlans: ['targets', 'five-year-plans'] as const,
  fiveYearPlan: (planId: string) => ['targets', 'five-year-plans', planId] as const,
  provinceFiveYearPlans: (provinceId: string, startYear: number) => ['targets', 'province-five-year-plans', provinceId, startYear] as const,
};
