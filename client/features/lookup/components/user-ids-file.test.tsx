import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LookupPage } from './lookup-page';

const BIG = '9223372036854775807';
const ABOVE_2_53 = '9007199254740993';
const CSV = `reported_at,user_id\n2026-11-01,${BIG}\n2026-11-02,${ABOVE_2_53}\n2026-11-03,${BIG}\n2026-11-04,n/a\n2026-11-05,7\n`;

async function openPage() {
  const api = installFakeApi();
  const view = renderWithProviders(<LookupPage />);
  await view.user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
  await view.user.paste('7101234567890123456');
  return { api, ...view };
}

describe('User IDs from a file', () => {
  it('When a CSV is chosen with "Load IDs from file", then its ID column replaces the text and is sent exactly', async () => {
    const { api, user } = await openPage();

    await user.upload(
      screen.getByLabelText('Load IDs from file'),
      new File([CSV], 'reporters.csv', { type: 'text/csv' }),
    );

    const ids = await screen.findByRole('group', { name: 'User IDs' });
    expect(
      await within(ids).findByText('3 IDs loaded from reporters.csv (1 duplicate removed, 1 invalid line)'),
    ).toBeInTheDocument();
    expect(within(ids).getByText('Line 5: “n/a” is not a user ID')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'User IDs' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Look up' }));

    expect(await screen.findByText('0 members · 3 not members')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/lookups').map((call) => (call.body as { userIds: string[] }).userIds)).toEqual([
      [BIG, ABOVE_2_53, '7'],
    ]);
  });

  it('When the file is cleared, then the text typed before is back and counts again', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('textbox', { name: 'User IDs' }));
    await user.paste(`${BIG}\n${ABOVE_2_53}`);

    await user.upload(
      screen.getByLabelText('Load IDs from file'),
      new File([`${BIG}\n`], 'one.txt', { type: 'text/plain' }),
    );
    await screen.findByText('1 ID loaded from one.txt');
    await user.click(screen.getByRole('button', { name: 'Clear the IDs from one.txt' }));

    expect(screen.getByRole('textbox', { name: 'User IDs' })).toHaveValue(`${BIG}\n${ABOVE_2_53}`);
    expect(screen.getByText('2 user IDs')).toBeInTheDocument();
  });

  it('When a file holds no IDs, then the form says so and Look up stays disabled', async () => {
    const { user } = await openPage();

    await user.upload(
      screen.getByLabelText('Load IDs from file'),
      new File(['name\nMira\nOleg\n'], 'names.txt', { type: 'text/plain' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('No user IDs found in names.txt.');
    expect(screen.getByRole('button', { name: 'Look up' })).toBeDisabled();
  });
});
