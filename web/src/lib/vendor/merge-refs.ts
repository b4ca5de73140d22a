import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * floating-ui's useMergeRefs, the one thing Mantine's ScrollArea (under every Table) takes from @floating-ui/react:
 * vite.config.ts points ScrollArea's import here, or the whole popover library (14 kB on the wire) travels with the
 * province dashboard's tables (issue 19). Same contract (an array of refs in, one ref callback out), by Mantine's own
 * useMergedRef.
 */
export function useMergeRefs<T>(refs: Array<Ref<T> | undefined>) {
  return useMergedRef<T>(...refs);
}
