import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type RecordServiceInput = Omit<Schemas['RecordService'], 'caseId'>;
export type ServiceType = Schemas['ServiceType'];

export function useRecordService(caseId: string) {
  return useCaseMutation(caseId, (body: RecordServiceInput) => unwrap(api.POST('/api/v1/cases/{caseId}/services', { params: { path: { caseId } }, body })));
}
