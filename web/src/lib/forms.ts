import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { ApiProblem, fieldPath } from '@/lib/api/problem';

function hasPath(values: unknown, path: (string | number)[]): boolean {
  let node: unknown = values;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !(part in (node as Record<string | number, unknown>))) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
}

/**
 * Puts the server's field errors (ProblemDetails "errors") onto the matching form fields.
 * Returns the messages no field on the form owns, for a banner above the form.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form shape
export function applyProblemToForm(form: UseFormReturnType<any>, error: unknown): string[] {
  if (!(error instanceof ApiProblem)) return [error instanceof Error ? error.message : String(error)];
  const unowned: string[] = [];
  const fieldErrors: Record<string, string> = {};
  const values = form.getValues();
  for (const [key, messages] of Object.entries(error.errors)) {
    const path = fieldPath(key);
    if (path.length > 0 && hasPath(values, path)) fieldErrors[path.join('.')] = messages.join(' ');
    else unowned.push(...messages);
  }
  form.setErrors(fieldErrors);
  if (Object.keys(fieldErrors).length === 0 && unowned.length === 0) unowned.push(error.message);
  return unowned;
}

export type FormDialog = {
  /** The messages no field owns, for the banner above the form. */
  errors: string[];
  setErrors: (errors: string[]) => void;
  submitting: boolean;
  /** Forgets the values, the messages and the mutation's last answer, then closes. */
  close: () => void;
};

/** What a form in a dialog (FormModal) keeps besides its values, for the form and the mutation that sends it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form shape
export function useFormDialog({ form, mutation, onClose }: { form: UseFormReturnType<any>; mutation: { isPending: boolean; reset: () => void }; onClose: () => void }): FormDialog {
  const [errors, setErrors] = useState<string[]>([]);
  return {
    errors,
    setErrors,
    submitting: mutation.isPending,
    close: () => {
      form.reset();
      setErrors([]);
      mutation.reset();
      onClose();
    },
  };
}
