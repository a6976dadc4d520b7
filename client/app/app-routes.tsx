import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAdmin } from '../features/auth/components/require-admin';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { SignOutPage } from '../features/auth/components/sign-out-page';
import { useOperator } from '../features/auth/operator-context';
import { useSessionExpiry } from '../features/auth/use-session-expiry';
import { ConsoleLayout } from './console-layout';
import { NotFoundPage } from './not-found-page';

// Pages load on demand: the sign-in page, the first thing most visits show, stays free of the data grid.
const LookupPage = lazy(() =>
  import('../features/lookup/components/lookup-page').then((m) => ({ default: m.LookupPage })),
);
const AuditPage = lazy(() => import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));
const OperatorsPage = lazy(() =>
  import('../features/operators/components/operators-page').then((m) => ({ default: m.OperatorsPage })),
);

export function AppRoutes() {
  useSessionExpiry();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-out" element={<SignOutPage />} />
      <Route element={<RequireSession />}>
        <Route element={<ConsoleLayout />}>
          <Route index element={<LookupPage />} />
          {/* The server answers /index.html with the same shell as /, so the app treats it as / too. */}
          <Route path="index.html" element={<Navigate to="/" replace />} />
          <Route
            path="audit"
            element={
              <RequireAdmin area="the audit log">
                <AuditPage />
              </RequireAdmin>
            }
          />
          <Route
            path="operators"
            element={
              <RequireAdmin area="operator accounts">
                <OperatorsRoute />
              </RequireAdmin>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

// Features do not import each other; the app hands the signed-in operator to the page that needs it.
function OperatorsRoute() {
  const operator = useOperator();
  return <OperatorsPage currentUsername={operator.username} />;
}
