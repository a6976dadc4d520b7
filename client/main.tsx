import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startFirstRequests } from './app/first-requests';
import { createQueryClient } from './app/query-client';
import { initI18n } from './lib/i18n/i18n';
import { loadMuiLocales } from './lib/i18n/mui-locales';
import { initialPreferences, startWith } from './lib/i18n/preferences';

const container = document.getElementById('root');
if (!container) throw new Error('index.html is missing the #root element');

// The session, the config and the page's code are on their way while the texts load.
const queryClient = createQueryClient();
startFirstRequests(queryClient, window.location.pathname);

// The first paint is already in the operator's language: its texts load before anything renders.
const preferences = initialPreferences();
Promise.all([initI18n(preferences.language), loadMuiLocales(preferences.language)])
  .catch((error: unknown) => console.error('Could not load the texts; showing English', error))
  .finally(() => {
    startWith(preferences);
    createRoot(container).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
