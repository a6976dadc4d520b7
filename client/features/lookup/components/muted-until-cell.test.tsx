import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    render(
      <NowProvider>
        <MutedUntilCell mutedUntil={start / 1000 + 90} />
      </NowProvider>,
    );
    expect(screen.getByText(/· in 2 min$/)).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText(/· in 30 s$/)).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('Expired · 30 s ago')).toBeInTheDocument();
    expect(screen.queryByText(/· in /)).not.toBeInTheDocument();
  });
});
