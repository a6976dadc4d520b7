import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { useOperator } from '../features/auth/operator-context';
import { useConfig } from '../features/lookup/api/get-config';
import { AppLayout } from './app-layout';

/** The signed-in frame: top bar, then the page, whose code may still be loading. */
export function ConsoleLayout() {
  const operator = useOperator();
  const config = useConfig();
  return (
    <AppLayout operator={operator} demo={config.data?.demo ?? false}>
      <Suspense fallback={<PageSpinner label="Loading page" />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
