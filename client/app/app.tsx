import { useConfig } from '../features/lookup/api/get-config';
import { LookupPage } from '../features/lookup/components/lookup-page';
import { AppLayout } from './app-layout';
import { AppErrorBoundary } from './error-boundary';
import { AppProviders } from './providers';

export function App() {
  return (
    <AppProviders>
      <AppErrorBoundary>
        <ConsoleShell />
      </AppErrorBoundary>
    </AppProviders>
  );
}

function ConsoleShell() {
  const config = useConfig();
  return (
    <AppLayout demo={config.data?.demo ?? false}>
      <LookupPage />
    </AppLayout>
  );
}
