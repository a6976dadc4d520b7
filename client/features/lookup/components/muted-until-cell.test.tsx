import { act, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { MutedUntilCell } from './muted-until-cell';
import { NowProvider } from './now-context';

describe('MutedUntilCell', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When a mute runs out while the page is open, then the cell counts down and then reads Expired', () => {
    // The page's clock ticks every 30 s; a fake one lets minutes pass at once.
    const start = Date.UTC(2026, 10, 26, 12, 0, 0);
    vi.useFakeTimers({ now: start });
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <NowProvider>
          <MutedUntilCell mutedUntil={start / 1000 + 90} />
        </NowProvider>
      </I18nextProvider>,
    );
    expect(container).toHaveTextContent(/· in 2 minutes$/);

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(container).toHaveTextContent(/· in 30 seconds$/);

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(container).toHaveTextContent(/Expired/);
    expect(container).toHaveTextContent(/30 seconds ago$/);
    expect(container).not.toHaveTextContent(/· in /);
  });
});
