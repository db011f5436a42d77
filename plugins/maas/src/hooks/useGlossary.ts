import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** The shared glossary: every term, where it is implemented and who uses it. */
export function useGlossary() {
  const api = useApi(maasApiRef);
  return useAsync(async () => (await api.getGlossary()).items, [api]);
}

/** One term of the glossary, by its entity ref. */
export function useGlossaryTerm(termRef: string) {
  const api = useApi(maasApiRef);
  return useAsync(() => api.getGlossaryTerm(termRef), [api, termRef]);
}
