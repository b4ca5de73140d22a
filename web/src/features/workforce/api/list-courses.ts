import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type TrainingCourse = Schemas['TrainingCourseDto'];

export const coursesQuery = () =>
  queryOptions({ queryKey: [...trainingKey, 'courses'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/training/courses', { signal })) });

export function useCourses() {
  return useQuery(coursesQuery());
}
