import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey, workforceKey } from './keys';

export type AddCertificateInput = Schemas['AddPracticeCertificate'];

export function useAddCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ staffMemberId, input, scan }: { staffMemberId: string; input: AddCertificateInput; scan: File | null }) => {
      const certificate = await unwrap(api.POST('/api/v1/workforce/staff/{staffMemberId}/certificates', { params: { path: { staffMemberId } }, body: input }));
      if (!scan) return certificate;
      const form = new FormData();
      form.append('file', scan);
      return unwrap(
        api.POST('/api/v1/workforce/certificates/{certificateId}/scan', {
          params: { path: { certificateId: certificate.id } },
          body: form as never,
          bodySerializer: (body) => body as FormData,
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workforceKey });
      await queryClient.invalidateQueries({ queryKey: trainingKey });
    },
  });
}
