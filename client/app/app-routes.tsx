import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { RequireAdmin } from '../features/auth/components/require-admin';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { useOperator } from '../features/auth/operator-context';
import { useSessionExpiry } from '../features/auth/use-session-expiry';
import { preloadNamespace } from '../lib/i18n/i18n';

// The signed-in frame (top bar, menus) is its own chunk too, so the sign-in page downloads none of it.
export const loadConsoleLayout = () => import('./console-layout');
const ConsoleLayout = lazy(async () => ({ default: (await loadConsoleLayout()).ConsoleLayout }));

// Signing out and an unknown address are rare: their code stays out of the first download too.
const SignOutPage = lazy(async () => ({
  default: (await import('../features/auth/components/sign-out-page')).SignOutPage,
}));
const NotFoundPage = lazy(async () => ({ default: (await import('./not-found-page')).NotFoundPage }));
// Pages load on demand: the sign-in page, the first thing most visits show, stays free of the data grid. Each
// page's texts load alongside its code rather than after it.
const LookupPage = lazy(async () => {
  const [m] = await Promise.all([import('../features/lookup/components/lookup-page'), preloadNamespace('lookup')]);
  return { default: m.LookupPage };
});
const RecentRoute = lazy(async () => {
  // The outcome chip is the audit log's, with its texts.
  const [m] = await Promise.all([import('./recent-route'), preloadNamespace('history'), preloadNamespace('audit')]);
  return { default: m.RecentRoute };
});
const AuditPage = lazy(async () => {
  const [m] = await Promise.all([import('../features/audit/components/audit-page'), preloadNamespace('audit')]);
  return { default: m.AuditPage };
});
const OperatorsPage = lazy(async () => {
  const [m] = await Promise.all([
    import('../features/operators/components/operators-page'),
    preloadNamespace('operators'),
  ]);
  return { default: m.OperatorsPage };
});

export function AppRoutes() {
  useSessionExpiry();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-out" element={<PageWhenLoaded page={<SignOutPage />} />} />
      <Route element={<RequireSession />}>
        <Route element={<ConsoleFrame />}>
          <Route index element={<LookupPage />} />
          {/* The server answers /index.html with the same shell as /, so the app treats it as / too. */}
          <Route path="index.html" element={<Navigate to="/" replace />} />
          {/* A lookup saved under an opaque ID, for a list too long for the address; the same page as /. */}
          <Route path="l/:savedId" element={<LookupPage />} />
          <Route path="recent" element={<RecentRoute />} />
          <Route
            path="audit"
            element={
              <RequireAdmin area="audit">
                <AuditPage />
              </RequireAdmin>
            }
          />
          <Route
            path="operators"
            element={
              <RequireAdmin area="operators">
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

/** Outside the signed-in frame (which has a Suspense of its own), a lazy page waits behind the same spinner. */
function PageWhenLoaded({ page }: { page: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<PageSpinner label={t('loading.page')} />}>{page}</Suspense>;
}

function ConsoleFrame() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageSpinner label={t('loading.page')} />}>
      <ConsoleLayout />
    </Suspense>
  );
}

// Features do not import each other; the app hands the signed-in operator to the page that needs it.
function OperatorsRoute() {
  const operator = useOperator();
  return <OperatorsPage currentUsername={operator.username} />;
}
