import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { LookupRequest } from '../../../contract/lookup';
import type { LookupQuestion } from '../../../contract/saved-lookups';
import {
  type AddressQuestion,
  parseLookupSearch,
  sameQuestion,
  savedLookupId,
  shortLookupPath,
} from '../../lib/lookup-link/lookup-url';
import { linkForQuestion, savedLookupQueryOptions } from '../../lib/lookup-link/saved-lookups-api';
import { loadFormDraft, loadPendingLookup } from './lookup-draft';
import type { LookupFormValues } from './validate-lookup-form';

/** What "Copy link" offers for the lookup on screen. */
export type LookupLink =
  | { status: 'none' }
  | { status: 'saving' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; href: string };

/** Values the address put in the form; `key` changes each time, so the form starts over from them. */
export interface FormFromAddress {
  key: string;
  values: Pick<LookupFormValues, 'appId' | 'conversationId' | 'userIdsText'>;
}

export interface LookupUrl {
  form: FormFromAddress | null;
  /** The operator asked this question from the form (it runs already): the address follows, pushing an entry. */
  asked: (request: LookupRequest) => void;
  link: LookupLink;
  /** `/l/<id>` that could not be read: expired, unknown, or an app the operator lacks. */
  savedLink: { status: 'none' | 'loading' } | { status: 'failed'; error: unknown; retry: () => void };
}

interface Options {
  /** The settings have loaded, so a lookup can run. */
  ready: boolean;
  run: (request: LookupRequest) => void;
}

export function toQuestion(request: LookupRequest): LookupQuestion {
  return {
    appId: request.appId,
    conversationId: request.conversationId,
    userIds: [...new Set(request.userIds ?? [])],
    newestFirst: request.newestFirst ?? false,
    onlineOnly: request.onlineOnly ?? false,
  };
}

function formFrom(address: AddressQuestion, key: string): FormFromAddress | null {
  if (address.kind === 'none') return null;
  if (address.kind === 'invalid') return { key, values: address };
  const { appId, conversationId, userIds } = address.question;
  return { key, values: { appId, conversationId, userIdsText: userIds.join('\n') } };
}

/**
 * The lookup lives in the address: `/?app=…&conversation=…&users=…`, or `/l/<id>` for a list too long for that.
 * An address that arrives from outside (opened, reloaded, back/forward) fills the form and runs its question, under
 * this operator's own grants; a question asked in the form moves the address along.
 *
 * The page tells it two things: `run` (how a question runs) and `asked` (a question was asked in the form). Each
 * question runs once per page visit even though React StrictMode runs effects twice: the last question run is
 * remembered, and an address that asks the same is not run again.
 */
export function useLookupUrl({ ready, run }: Options): LookupUrl {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const savedId = savedLookupId(location.pathname);
  const saved = useQuery({ ...savedLookupQueryOptions(savedId ?? ''), enabled: savedId !== null });

  const address = useMemo((): AddressQuestion => {
    if (savedId === null) return parseLookupSearch(location.search);
    if (!saved.data) return { kind: 'none' };
    const { id: _id, createdAt: _c, expiresAt: _e, ...question } = saved.data;
    return { kind: 'valid', question };
  }, [savedId, location.search, saved.data]);

  // A lookup cut short by an expired session is resumed by the page; its address must not run it a second time.
  const current = useRef<LookupQuestion | null>(null);
  const [pendingAtOpen] = useState(loadPendingLookup);
  if (current.current === null && pendingAtOpen) current.current = toQuestion(pendingAtOpen);

  const [form, setForm] = useState(() => formFrom(address, location.key));
  const [saving, setSaving] = useState<{ at: string; error: unknown | null } | null>(null);
  const ticket = useRef(0);
  const here = useRef(location);
  here.current = location;

  useEffect(() => {
    if (!ready || address.kind === 'none') return;
    const adopt = () => setForm((shown) => (shown?.key === location.key ? shown : formFrom(address, location.key)));
    if (address.kind === 'invalid') {
      adopt();
      return;
    }
    if (sameQuestion(current.current, address.question)) return;
    current.current = address.question;
    adopt();
    // The reason is the operator's own for this visit, never part of a link: the one in the form, if any.
    const reason = loadFormDraft()?.reason.trim();
    run({ ...address.question, ...(reason ? { reason } : {}) });
  }, [ready, address, location.key, run]);

  const asked = useCallback(
    (request: LookupRequest) => {
      const question = toQuestion(request);
      current.current = question;
      const mine = ++ticket.current;
      const { pathname, search, key } = here.current;
      const short = shortLookupPath(question, window.location.origin);
      if (short) {
        setSaving(null);
        if (short !== pathname + search) navigate(short);
        return;
      }
      setSaving({ at: key, error: null });
      linkForQuestion(question, queryClient).then(
        (path) => {
          // A later question has moved on; this link would point back in time.
          if (mine !== ticket.current) return;
          setSaving(null);
          if (path !== here.current.pathname) void navigate(path);
        },
        (error: unknown) => {
          if (mine === ticket.current) setSaving({ at: key, error });
        },
      );
    },
    [navigate, queryClient],
  );

  const link: LookupLink =
    saving && saving.at === location.key
      ? saving.error === null
        ? { status: 'saving' }
        : { status: 'failed', error: saving.error }
      : address.kind === 'valid'
        ? { status: 'ready', href: `${window.location.origin}${location.pathname}${location.search}` }
        : { status: 'none' };

  const savedLink: LookupUrl['savedLink'] =
    savedId === null
      ? { status: 'none' }
      : saved.isError
        ? { status: 'failed', error: saved.error, retry: () => void saved.refetch() }
        : saved.isPending
          ? { status: 'loading' }
          : { status: 'none' };

  return { form, asked, link, savedLink };
}
