import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { RecentLookup } from '../../../../contract/saved-lookups';
import { apiError, installFakeApi, ok } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RecentLookupsPage } from './recent-lookups-page';

const LOOKUP: RecentLookup = {
  auditId: 41,
  at: '2026-11-26T04:15:05.000Z',
  mode: 'lookup',
  appId: '100001',
  conversationId: '7101234567890123456',
  userCount: 3,
  outcome: 'ok',
  found: 2,
  reason: 'TICKET-7',
};
const BROWSE: RecentLookup = { ...LOOKUP, auditId: 40, mode: 'browse', userCount: 0, outcome: 'denied' };

function Where() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname + location.search}</output>;
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route
        path="/recent"
        element={
          <RecentLookupsPage
            renderOutcome={(outcome) => <span>{`outcome ${outcome}`}</span>}
            appLabel={(id) => `App ${id}`}
          />
        }
      />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: '/recent' },
  );
}

describe('RecentLookupsPage', () => {
  it('When the operator has lookups, then each shows when, app, conversation, how many IDs and outcome', async () => {
    const api = installFakeApi();
    api.on('GET /api/lookups/recent', () => ok({ lookups: [LOOKUP, BROWSE] }));
    renderPage();

    const items = within(await screen.findByRole('list', { name: 'My recent lookups' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [lookup, browse] = items as [HTMLElement, HTMLElement];
    expect(lookup).toHaveTextContent('7101234567890123456');
    expect(lookup).toHaveTextContent('App 100001 · 3 user IDs · TICKET-7');
    expect(lookup).toHaveTextContent('outcome ok');
    expect(within(lookup).getByRole('time')).toHaveAttribute('datetime', '2026-11-26T04:15:05Z');
    expect(browse).toHaveTextContent('all members');
    expect(browse).toHaveTextContent('outcome denied');
  });

  it('When "Run again" is pressed, then the page opens the lookup at its address', async () => {
    const api = installFakeApi();
    api.on('GET /api/lookups/recent', () => ok({ lookups: [LOOKUP] }));
    api.on('GET /api/lookups/recent/41', () =>
      ok({
        appId: '100001',
        conversationId: '7101234567890123456',
        userIds: ['9223372036854775807', '9007199254740993', '7300000000000000011'],
        newestFirst: false,
        onlineOnly: false,
      }),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Run again' }));

    expect(await screen.findByRole('status', { name: 'address' })).toHaveTextContent(
      '/?app=100001&conversation=7101234567890123456&users=9223372036854775807,9007199254740993,7300000000000000011',
    );
  });

  it('When there are no lookups yet, then the page says so', async () => {
    const api = installFakeApi();
    api.on('GET /api/lookups/recent', () => ok({ lookups: [] }));
    renderPage();

    expect(await screen.findByText('No lookups yet')).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('When the list fails to load, then an alert says so and Retry loads it again', async () => {
    const api = installFakeApi();
    api.on('GET /api/lookups/recent', () => apiError(500, 'internal_error', 'boom'));
    const { user } = renderPage();

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your recent lookups.');
    api.on('GET /api/lookups/recent', () => ok({ lookups: [LOOKUP] }));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Run again' })).toBeVisible();
  });
});
