import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { AppErrorBoundary } from './error-boundary';
import { AppProviders } from './providers';

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AppErrorBoundary>
          <AppRoutes />
        </AppErrorBoundary>
      </BrowserRouter>
    </AppProviders>
  );
}
