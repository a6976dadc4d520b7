import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';

/**
 * Renders a component as the app does (StrictMode, the theme, React Query, a router) at `route`, with a fresh
 * QueryClient so no test sees another's cache. Queries don't retry: a test that answers 500 means one 500.
 */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <ThemeProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ThemeProvider>
    </StrictMode>,
  );
  return { ...view, user, queryClient };
}
