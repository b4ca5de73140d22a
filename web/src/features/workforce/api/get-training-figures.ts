import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type TrainingFigures = Schemas['TrainingFigures'];

export const trainingFiguresQuery = (year?: number) =>
  queryOptions({
    queryKey: [...trainingKey, 'figures', year ?? 'current'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/training/figures', { params: { query: { year } }, signal })),
  });

export function useTrainingFigures(year?: number) {
  return useQuery(trainingFiguresQuery(year));
}
