import { OutcomeChip } from '../features/audit/components/outcome-chip';
import { RecentLookupsPage } from '../features/history/components/recent-lookups-page';
import { useConfig } from '../lib/console-config';

/**
 * The recent lookups show outcomes as the audit log does, and apps by the names the lookup form uses; features
 * don't import each other, so the app hands both over. Loaded on demand, with the page.
 */
export function RecentRoute() {
  const config = useConfig();
  const apps = config.data?.apps ?? [];
  const appLabel = (appId: string) => apps.find((app) => app.id === appId)?.label ?? appId;
  return <RecentLookupsPage renderOutcome={(outcome) => <OutcomeChip outcome={outcome} />} appLabel={appLabel} />;
}
