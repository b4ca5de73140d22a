import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type TrainingCourseDetail = Schemas['TrainingCourseDetail'];

export const courseQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...trainingKey, 'course', courseId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/training/courses/{courseId}', { params: { path: { courseId } }, signal })),
  });

export function useCourse(courseId: string | null) {
  return useQuery({ ...courseQuery(courseId ?? ''), enabled: courseId !== null });
}
