import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCopy } from './use-copy';

describe('useCopy', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When the text is copied, then it says so for a while and is idle again', async () => {
    const { result } = renderHook(() => useCopy(1500));
    await act(() => result.current.copy('7101234567890123456'));
    expect(writeText).toHaveBeenCalledWith('7101234567890123456');
    expect(result.current.state).toBe('copied');
    act(() => {
      vi.advanceTimersByTime(1500);
    });
    expect(result.current.state).toBe('idle');
  });

  it('When the clipboard refuses, then the failure clears, unless it is to be kept', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const brief = renderHook(() => useCopy(1500));
    const kept = renderHook(() => useCopy(1500, { keepFailure: true }));
    await act(() => brief.result.current.copy('x'));
    await act(() => kept.result.current.copy('x'));
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(brief.result.current.state).toBe('idle');
    expect(kept.result.current.state).toBe('failed');
  });
});
