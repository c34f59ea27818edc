import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The control plane is local and cheap; refetching on focus would fight the user's edits.
    queries: { refetchOnWindowFocus: false, retry: 1, staleTime: Infinity },
  },
});
